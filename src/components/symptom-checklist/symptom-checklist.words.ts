import type { WordTables } from '../../base/locale.js';

/** The crisis resources: a structure rather than a word, replaced as a whole by a language (or the content). */
export interface CrisisResources {
  heading: string;
  text?: string;
  actions: { label: string; href: string }[];
}

const englishCrisis: CrisisResources = {
  heading: 'You don’t have to go through this alone',
  text: 'Free, confidential support, 24/7.',
  actions: [
    { label: 'Call or text 988', href: 'tel:988' },
    { label: 'Chat at 988lifeline.org', href: 'https://988lifeline.org/' },
    { label: 'In immediate danger? Call 911', href: 'tel:911' },
  ],
};

export const symptomChecklistEnglish = {
  selected: '{count} of {total} selected',
  answered: '{count} of {total} answered',
  score: 'Score {score}',
  open: 'Still to answer:',
  question: 'Question {position}',
  recommend: 'Talk to a clinician',
  print: 'Print my list',
  reset: 'Clear my answers',
  disclaimer: 'This checklist is not a diagnosis; only a clinician can diagnose.',
  crisis: englishCrisis,
} as const;

export const symptomChecklistWords: WordTables<typeof symptomChecklistEnglish> = {
  en: symptomChecklistEnglish,
  es: {
    selected: '{count} de {total} seleccionados',
    answered: '{count} de {total} respondidas',
    score: 'Puntuación {score}',
    open: 'Por responder:',
    question: 'Pregunta {position}',
    recommend: 'Hablar con un profesional',
    print: 'Imprimir mi lista',
    reset: 'Borrar mis respuestas',
    disclaimer: 'Esta lista no es un diagnóstico; solo un profesional de la salud puede diagnosticar.',
    crisis: {
      heading: 'No tiene que pasar por esto a solas',
      text: 'Apoyo gratuito y confidencial, las 24 horas, en español.',
      actions: [
        { label: 'Llame o envíe un mensaje de texto al 988', href: 'tel:988' },
        { label: 'Chat en 988lifeline.org/es', href: 'https://988lifeline.org/es/' },
        { label: '¿En peligro inmediato? Llame al 911', href: 'tel:911' },
      ],
    },
  },
};
