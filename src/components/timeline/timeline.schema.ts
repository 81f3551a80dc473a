import {
  array,
  at,
  type Infer,
  object,
  optional,
  quote,
  requiredText,
  safeUrl,
  type Schema,
  string,
} from '../../content/schema.js';
import { refine, uniqueIds } from '../../content/schema-checks.js';
import { icons } from './icons.js';
import { labels } from '../../content/labels.js';
import { timelineEnglish } from './timeline.words.js';

const text = optional(string());
const names = Object.keys(icons);

const iconName = string(
  (name) =>
    !Object.hasOwn(icons, name) && `unknown icon ${quote(name)}: use one of ${names.join(', ')}, or an image URL`,
);

/**
 * A built-in icon's name, or the URL of an image. The rule: a value with `/`, `.` or `:` is a URL,
 * anything else a name, so that a misspelt name is reported rather than fetched as a broken image.
 */
const icon: Schema<string> = {
  ...iconName,
  json: { type: 'string', anyOf: [{ enum: names }, { format: 'uri-reference', pattern: '[/.:]' }] },
  parse: (value, path) => (/[/.:]/.test(value as string) ? safeUrl : iconName).parse(value, path),
};

const step = object({
  /** Names the step for `current="id"`; each id is used once. */
  id: text,
  title: requiredText,
  description: text,
  /** As it should read: "About 60 minutes". */
  duration: text,
  icon: optional(icon),
  /** Shown in a disclosure, closed at first. */
  details: optional(array(requiredText)),
});

export const timelineSchema = refine(
  object({
    id: text,
    title: requiredText,
    intro: text,
    steps: array(step, 1),
    /** Shown after the steps: what to arrange, what to expect afterwards. */
    notes: optional(array(object({ title: text, text: requiredText }))),
    /** Changes built-in words for this element only: any of its word keys (README: Words). */
    labels: labels(timelineEnglish),
  }),
  (timeline, path) => uniqueIds(timeline.steps.map((s, i) => [s.id, `${at(path, 'steps')}[${i}]`])),
);

/** One timeline, as the element takes it from JSON. */
export type TimelineContent = Infer<typeof timelineSchema>;
export type TimelineStep = TimelineContent['steps'][number];

/** How a file holds several timelines, and the attribute that picks one: `{"timelines": [ … ]}`, `timeline="id"`. */
export const timelineContent = { schema: timelineSchema, collection: 'timelines', pickAttribute: 'timeline' };
