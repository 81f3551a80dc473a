export type Locale = 'en' | 'es';

/** The language of the nearest `lang` attribute, looking through shadow roots, as the browser does. */
export function localeOf(element: Element): string {
  for (let node: Node | null = element; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang')!;
  }
  return 'en';
}

/** The built-in words for a language, English where we have none. */
export function wordsFor<Words>(table: Record<Locale, Words>, locale: string): Words {
  const language = locale.split('-')[0]!.toLowerCase();
  return table[language as Locale] ?? table.en;
}

/** An ISO date (YYYY-MM-DD) in the reader's language; the date is the same in every time zone. */
export function formatDate(iso: string, locale: string): string {
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));
  } catch {
    return iso; // a lang attribute that Intl does not know
  }
}
