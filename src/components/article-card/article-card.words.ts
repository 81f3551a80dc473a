import type { WordTables } from '../../base/locale.js';

/** The meta line's words: each of these fields that the article has, in this order, in the reader's language. */
export const articleCardEnglish = {
  readingMinutes: '{count} min read',
  author: 'By {name}',
  publishedOn: 'Published {date}',
  reviewedBy: 'Medically reviewed by {name}',
  reviewedOn: 'Reviewed {date}',
} as const;

export const articleCardWords: WordTables<typeof articleCardEnglish> = {
  en: articleCardEnglish,
  es: {
    readingMinutes: '{count} min de lectura',
    author: 'Por {name}',
    publishedOn: 'Publicado el {date}',
    reviewedBy: 'Revisado médicamente por {name}',
    reviewedOn: 'Revisado el {date}',
  },
};
