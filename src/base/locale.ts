import { html, type TemplateResult } from 'lit';
import { memo } from '../content/memo.js';
import { serverSource } from '../content/server-source.js';

export type Language = 'en' | 'es';

/** The nearest `lang` attribute, looking through shadow roots as the browser does (on a server, as the page has it). */
function nearestLang(element: Element): string {
  const onServer = serverSource();
  if (onServer) return onServer.lang;
  const owner = element.closest('[lang]');
  if (owner) return owner.getAttribute('lang')!;
  // `closest` stops at a shadow root: go on from its host.
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? nearestLang(root.host) : '';
}

/** Whether Intl can read a `lang` value (`en-` or `e s` it cannot); asked once per value, not once per render. */
const readable = memo((lang: string): boolean => {
  try {
    return !!Intl.getCanonicalLocales(lang);
  } catch {
    return false;
  }
});

/** A built-in phrase as the element shows it: as it is, or marked and isolated as English (see `localize`). */
export type Phrase = (text: string) => string | TemplateResult;

const asItIs: Phrase = (text) => text;
const inEnglish: Phrase = (text) => html`<span lang="en" dir="ltr">${text}</span>`;

/**
 * The built-in words for the element's language, and the locale to format dates, times and numbers in:
 * always one Intl can read. A language we have no words for, or a `lang` Intl cannot read, falls back
 * to English for both, so that a page never mixes the two. Then `phrase` marks each built-in phrase as
 * English, for screen readers, and isolates it left to right, so that a right-to-left page keeps its order
 * ("5 min read" would read "min read 5"); otherwise it gives the text as it is. Content is never passed to it.
 */
export function localize<Words>(
  element: Element,
  table: Record<Language, Words>,
): { words: Words; locale: string; phrase: Phrase } {
  const lang = nearestLang(element);
  const words = table[lang.split('-')[0]!.toLowerCase() as Language];
  if (words && readable(lang)) return { words, locale: lang, phrase: asItIs };
  // No `lang` at all is English already: nothing to mark.
  return { words: table.en, locale: 'en', phrase: lang ? inEnglish : asItIs };
}

// Building a formatter costs far more than formatting: one per locale serves every card (two dates each).
const dateFormat = memo((locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }));

/** An ISO date (YYYY-MM-DD) in the reader's language; the same day in every time zone. */
export function formatDate(iso: string, locale: string): string {
  return dateFormat(locale).format(new Date(iso));
}
