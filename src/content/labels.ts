/**
 * `labels` in any element's content: the element's own words, changed for this element only ("Book online" →
 * "Request an appointment"). Checked like any field: a key the element has no word for is an error.
 */
import { fail, isRecord, object, optional, quote, type Schema, string } from './schema.js';

/** A word that depends on a number: one text per plural category of the language (`Intl.PluralRules`). */
export type PluralWord = { [Category in Intl.LDMLPluralRule]?: string } & { other: string };

const PLURAL_CATEGORIES: Intl.LDMLPluralRule[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** Whether an entry of a words table is a word (a text, plural texts, a function), not a structure of its own. */
export const isWord = (entry: unknown): entry is string | PluralWord | ((...values: never[]) => string) =>
  typeof entry == 'string' || typeof entry == 'function' || (!!entry && typeof entry == 'object' && 'other' in entry);

const pluralWord = object(
  Object.fromEntries(
    PLURAL_CATEGORIES.map((category) => [category, category == 'other' ? string() : optional(string())]),
  ),
) as Schema<PluralWord>;

/** A word in content: a text, or texts by plural category (`{"one": "…", "other": "…"}`); never blank. */
const word: Schema<string | PluralWord> = {
  json: {
    type: ['string', 'object'],
    pattern: '\\S',
    properties: Object.fromEntries(PLURAL_CATEGORIES.map((category) => [category, { type: 'string' }])),
    required: ['other'],
    additionalProperties: false,
  },
  parse(value, path) {
    if (typeof value == 'string') return value.trim() ? value : fail(path, 'must not be empty');
    if (!isRecord(value)) fail(path, `expected a text, or texts by plural category, got ${quote(value)}`);
    return pluralWord.parse(value, path);
  },
};

/** The keys of a words table that are words: what `labels` may set. */
export type WordKey<English> = {
  [Key in keyof English]: English[Key] extends string | PluralWord ? Key : never;
}[keyof English];

/** Labels as content gives them: any of the element's word keys, each a text or plural texts. */
export type Labels<English> = { [Key in WordKey<English>]?: string | PluralWord };

/** The `labels` field of an element whose English words are `english`. */
export function labels<English extends object>(english: English) {
  const keys = Object.keys(english).filter((key) => isWord(english[key as keyof English]));
  return optional(object(Object.fromEntries(keys.map((key) => [key, optional(word)]))) as Schema<Labels<English>>);
}
