import {
  array,
  at,
  boolean,
  fail,
  type Infer,
  integer,
  object,
  optional,
  requiredText,
  safeUrl,
  string,
} from '../../content/schema.js';
import { refine, uniqueIds } from '../../content/schema-checks.js';
import { labels } from '../../content/labels.js';
import { symptomChecklistEnglish } from './symptom-checklist.words.js';

const text = optional(string());
const atLeastZero = integer((n) => n < 0 && 'expected 0 or more', { minimum: 0 });

const item = object({
  /** Names the item in events and storage; unique across all groups. */
  id: requiredText,
  label: requiredText,
  hint: text,
  /** Ticked (or answered above 0), it shows the crisis resources; never counted, sent, or handed off. */
  crisis: optional(boolean()),
});

const band = object({
  /** The smallest count (or score) in this band; the first band starts at 0, each next one higher. */
  min: atLeastZero,
  message: requiredText,
  /** Shows the button that leads to the consultation (`for="id"`). */
  recommend: optional(boolean()),
  /**
   * Offers a longer screener in place of this one (the PHQ-2's PHQ-9): a button with `label` loads the checklist in
   * `src` (relative to this content's file) into the same element, picked by `checklist` from a collection; answers to
   * items with the same `id` are kept.
   */
  followUp: optional(object({ label: requiredText, src: safeUrl, checklist: text })),
});

export const symptomChecklistSchema = refine(
  object({
    id: text,
    title: requiredText,
    intro: text,
    groups: array(object({ title: requiredText, items: array(item, 1) }), 1),
    /** Scored mode (a validated screener): each item is answered with one of these. */
    responses: optional(array(object({ label: requiredText, value: atLeastZero }), 2)),
    bands: optional(array(band, 1)),
    /** The label of the button a `recommend` band shows. */
    recommendLabel: text,
    /** Replaces the built-in crisis resources (988, 911). */
    crisis: optional(
      object({
        heading: requiredText,
        text,
        actions: array(object({ label: requiredText, href: safeUrl }), 1),
      }),
    ),
    disclaimer: text,
    /** Credit for a published instrument, shown in small print. */
    attribution: text,
    /** Changes built-in words for this element only: any of its word keys (README: Words). */
    labels: labels(symptomChecklistEnglish),
  }),
  (checklist, path) => {
    uniqueIds(
      checklist.groups.flatMap((group, g) =>
        group.items.map((item, i) => [item.id, `${at(path, 'groups')}[${g}].items[${i}]`] as [string, string]),
      ),
    );
    checklist.bands?.forEach(({ min }, i, bands) => {
      const where = `${at(path, 'bands')}[${i}].min`;
      if (!i && min) fail(where, 'the first band must start at 0');
      if (i && min <= bands[i - 1]!.min) fail(where, `must be more than the band before (${bands[i - 1]!.min})`);
    });
    checklist.responses?.forEach(({ value }, i, responses) => {
      if (responses.findIndex((r) => r.value == value) < i)
        fail(`${at(path, 'responses')}[${i}].value`, `duplicate value ${value}`);
    });
  },
);

/** One checklist, as the element takes it from JSON. */
export type SymptomChecklistContent = Infer<typeof symptomChecklistSchema>;

/** How a file holds several checklists, and the attribute that picks one: `{"checklists": [ … ]}`, `checklist="id"`. */
export const symptomChecklistContent = {
  schema: symptomChecklistSchema,
  collection: 'checklists',
  pickAttribute: 'checklist',
};
