/**
 * Every built-in word of the four elements in English, by element, and the list of their keys: what
 * `registerLocale(lang, words)` and content `labels` can set, what the README and the configurator list. Not part of
 * the single-script bundle; `import { englishWords, wordKeys } from 'clinic-elements/words'`.
 */
import { articleCardEnglish } from './components/article-card/article-card.words.js';
import { allConsultCtaEnglish } from './components/consult-cta/consult-cta.words.js';
import { symptomChecklistEnglish } from './components/symptom-checklist/symptom-checklist.words.js';
import { timelineEnglish } from './components/timeline/timeline.words.js';

export const englishWords = {
  'article-card': articleCardEnglish,
  'symptom-checklist': symptomChecklistEnglish,
  timeline: timelineEnglish,
  // The callback form, the hours and the booking frame are parts of the CTA: their words are the CTA's.
  'consult-cta': allConsultCtaEnglish,
};

export type EnglishWords = typeof englishWords;

/** Each element's word keys, in the order of its English words: `{ timeline: ['done', 'current', …], … }`. */
export const wordKeys = Object.fromEntries(
  Object.entries(englishWords).map(([element, words]) => [element, Object.keys(words)]),
) as { [Element in keyof EnglishWords]: (keyof EnglishWords[Element])[] };
