import { html, type TemplateResult } from 'lit';
import { memo } from '../content/memo.js';
import { serverSource } from '../content/server-source.js';
import { isWord, type Labels, type PluralWord } from '../content/labels.js';
import type { EnglishWords } from '../words.js';

export type { PluralWord } from '../content/labels.js';

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

/** The values a word's `{placeholders}` name: `{count}`, `{total}`, `{name}`, `{date}`, `{time}`, … */
export type WordValues = Record<string, string | number>;
/**
 * A word as a clinic writes it: a text, with `{placeholders}` for the values the element fills in
 * (`"{count} min de lecture"`), texts by plural category (`{"one": "{count} minute", "other": "{count} minutes"}`), or,
 * in JavaScript, a function of the values.
 */
export type Word = string | PluralWord | ((values: WordValues) => string);

/**
 * An element's words in another language, typed against its English ones: any of the keys, each a `Word`; a
 * structured entry (the checklist's crisis resources) has the English entry's structure.
 */
export type WordsLike<English> = {
  [Key in keyof English]?: English[Key] extends string | PluralWord ? Word : English[Key];
};

/**
 * An element's words as its code uses them: a plain English text stays a text; a text with `{placeholders}`, or a
 * plural word, becomes a function of its values. Which is which is decided by the English word, whatever the
 * language gives.
 */
export type Said<English> = {
  [Key in keyof English]: English[Key] extends `${string}{${string}` | PluralWord
    ? (values: WordValues) => string
    : English[Key] extends string
      ? string
      : English[Key];
};

/** An element's built-in words: English, which every other language falls back to key by key, and Spanish. */
export interface WordTables<English> {
  en: English;
  es: WordsLike<English>;
}

/** Each element's content `labels`, set as its content is adopted (base/clinic-element.ts): over all other words. */
export const contentLabels = new WeakMap<Element, Labels<Record<string, string>>>();

/** Words a page registered with `registerLocale`, by lowercase language tag, then by element (`symptom-checklist`). */
const registered = new Map<string, Record<string, Record<string, unknown>>>();

/**
 * Adds words in a language for any of the four elements, or changes some of the built-in ones: a clinic adds French
 * or Vietnamese with no build step. Each element falls back to English key by key, and a regional tag to its
 * language (`fr-CA` → `fr`). Register before the elements render (in the module that imports this).
 *
 * ```js
 * registerLocale('fr', { 'consult-cta': { book: 'Réserver en ligne' }, 'article-card': {
 *   readingMinutes: { one: '{count} minute de lecture', other: '{count} minutes de lecture' } } });
 * ```
 */
export function registerLocale(lang: string, words: LocaleWords) {
  const tag = lang.toLowerCase();
  const known = registered.get(tag) ?? {};
  for (const [element, entries] of Object.entries(words)) known[element] = { ...known[element], ...entries };
  registered.set(tag, known);
  // Words already worked out may now be different.
  resolved = new WeakMap();
}

/** Words for each element, typed against the English ones (`src/words.ts`); `registerLocale` takes them. */
export type LocaleWords = { [Element in keyof EnglishWords]?: WordsLike<EnglishWords[Element]> };

const pluralRules = memo((locale: string) => new Intl.PluralRules(locale));

/** A word with its values put in: the plural form for `{count}`, then each `{placeholder}`. */
function format(word: Word, values: WordValues, locale: string): string {
  if (typeof word == 'function') return word(values);
  const text = typeof word == 'string' ? word : (word[pluralRules(locale).select(Number(values.count))] ?? word.other);
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) => String(values[name] ?? placeholder));
}

type Localized<English> = { words: Said<English>; locale: string; phrase: Phrase };

/**
 * Words worked out, by table, then by `lang`, for elements without content `labels`: 200 cards on a page share one
 * result rather than each building its own on every render. Emptied when a page registers words.
 */
let resolved = new WeakMap<object, Map<string, Localized<object>>>();

/**
 * The element's words for its language, and the locale to format dates, times and numbers in: always one Intl can
 * read. Each key comes from the first that has it: the element's content `labels`, the page's registered words for the
 * language's tag (`fr-ca`), then for its language (`fr`), the built-in words of the language, English.
 *
 * A language with no words at all (none built in, none registered), or a `lang` Intl cannot read, falls back to
 * English for the locale too, so that a page never mixes the two. Then `phrase` marks each built-in phrase as
 * English, for screen readers, and isolates it left to right, so that a right-to-left page keeps its order ("5 min
 * read" would read "min read 5"); otherwise it gives the text as it is. Content is never passed to it.
 */
export function localize<English extends object>(element: Element, table: WordTables<English>): Localized<English> {
  const lang = nearestLang(element);
  const labels = contentLabels.get(element);
  if (labels) return wordsFor(element, table, lang, labels);
  let byLang = resolved.get(table);
  if (!byLang) resolved.set(table, (byLang = new Map<string, Localized<object>>()));
  let result = byLang.get(lang);
  if (!result) byLang.set(lang, (result = wordsFor(element, table, lang, undefined)));
  return result as Localized<English>;
}

function wordsFor<English extends object>(
  element: Element,
  table: WordTables<English>,
  lang: string,
  labels: Labels<Record<string, string>> | undefined,
): Localized<English> {
  const tag = lang.toLowerCase();
  const language = tag.split('-')[0]!;
  const section = element.localName.replace(/^clinic-/, '');
  const builtIn = (table as unknown as Record<string, WordsLike<English> | undefined>)[language];
  const pageWords = [registered.get(language), registered.get(tag)].map((words) => words?.[section]);
  const known = readable(lang) && (!!builtIn || registered.has(language) || registered.has(tag));
  const locale = known ? lang : 'en';
  const layers = known ? [builtIn, ...pageWords, labels] : [labels];
  const chosen = Object.assign({}, table.en, ...layers) as Record<string, unknown>;
  const words: Record<string, unknown> = {};
  for (const [key, english] of Object.entries(table.en)) {
    const word = chosen[key] as Word;
    const takesValues = typeof english != 'string' || english.includes('{');
    if (!isWord(english)) words[key] = word;
    else if (takesValues) words[key] = (values: WordValues) => format(word, values, locale);
    else words[key] = format(word, {}, locale);
  }
  // No `lang` at all is English already: nothing to mark.
  return { words: words as Said<English>, locale, phrase: known || !lang ? asItIs : inEnglish };
}

// Building a formatter costs far more than formatting: one per locale serves every card (two dates each).
const dateFormat = memo((locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }));

/** An ISO date (YYYY-MM-DD) in the reader's language; the same day in every time zone. */
export function formatDate(iso: string, locale: string): string {
  return dateFormat(locale).format(new Date(iso));
}
