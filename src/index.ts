/** Classes and types, without registering any tag. Register with `clinic-elements/define`. */
export { ClinicElement } from './base/clinic-element.js';
export { define } from './base/define.js';
export {
  type LocaleWords,
  type PluralWord,
  registerLocale,
  type Word,
  type WordValues,
  type WordsLike,
} from './base/locale.js';
export { ArticleCard } from './components/article-card/article-card.js';
export { articleCardSchema, type ArticleCardContent } from './components/article-card/article-card.schema.js';
export { Timeline } from './components/timeline/timeline.js';
export { timelineSchema, type TimelineContent, type TimelineStep } from './components/timeline/timeline.schema.js';
export { SymptomChecklist } from './components/symptom-checklist/symptom-checklist.js';
export {
  type ChecklistDetail,
  ClinicChecklistChangeEvent,
  ClinicChecklistCompleteEvent,
  type SymptomChecklistEventMap,
} from './components/symptom-checklist/symptom-checklist.events.js';
export {
  symptomChecklistSchema,
  type SymptomChecklistContent,
} from './components/symptom-checklist/symptom-checklist.schema.js';
export { ConsultCta } from './components/consult-cta/consult-cta.js';
export {
  type BookingProvider,
  ClinicBookingCompleteEvent,
  ClinicCtaClickEvent,
  ClinicFormErrorEvent,
  ClinicFormSubmitEvent,
  ClinicFormSuccessEvent,
  type CtaChannel,
  type FormFailure,
} from './components/consult-cta/consult-cta.events.js';
export { consultCtaSchema, type ConsultCtaContent } from './components/consult-cta/consult-cta.schema.js';
export type { ContentStatus } from './content/content-controller.js';
export { ContentError, type ContentErrorKind } from './content/errors.js';
export {
  ClinicContentErrorEvent,
  ClinicContentLoadEvent,
  ClinicEvent,
  type ContentErrorDetail,
  type ContentLoadDetail,
} from './content/events.js';
export { isSafeUrl } from './content/url.js';
