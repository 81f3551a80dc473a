import type { WordTables } from '../../base/locale.js';

/** What a step is, relative to `current`, in words: shown, not told by colour alone. */
export const timelineEnglish = {
  done: 'Done',
  current: 'Current step',
  upcoming: 'Upcoming',
  details: 'Details',
} as const;

export const timelineWords: WordTables<typeof timelineEnglish> = {
  en: timelineEnglish,
  es: { done: 'Completado', current: 'Paso actual', upcoming: 'Pendiente', details: 'Detalles' },
};
