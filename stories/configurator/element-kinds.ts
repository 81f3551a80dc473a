/**
 * The four elements as the configurator knows them: tag, schema file, the library's own validator (the same one the
 * element runs, so an error here reads as the element would log it) and where their seed content lives.
 */
import { articleCardContent } from '../../src/components/article-card/article-card.schema.js';
import { consultCtaContent } from '../../src/components/consult-cta/consult-cta.schema.js';
import { symptomChecklistContent } from '../../src/components/symptom-checklist/symptom-checklist.schema.js';
import { timelineContent } from '../../src/components/timeline/timeline.schema.js';
import type { Schema } from '../../src/content/schema.js';

export interface ElementKind {
  /** The name in schemas/ and in the presets' `$schema`: `symptom-checklist`. */
  name: string;
  tag: string;
  /** What a marketer calls it. */
  title: string;
  schema: Schema<unknown>;
  /** The key of a collection file (`checklists`) and the attribute that picks one entry (`checklist`). */
  collection: string;
  pickAttribute: string;
  /** The demo's content file for this element, relative to stories/demo/content/. */
  seedFile: string;
}

export const elementKinds: readonly ElementKind[] = [
  {
    name: 'article-card',
    tag: 'clinic-article-card',
    title: 'Article card',
    ...articleCardContent,
    seedFile: 'articles.json',
  },
  {
    name: 'symptom-checklist',
    tag: 'clinic-symptom-checklist',
    title: 'Symptom checklist',
    ...symptomChecklistContent,
    seedFile: 'checklists.json',
  },
  { name: 'timeline', tag: 'clinic-timeline', title: 'Timeline', ...timelineContent, seedFile: 'timelines.json' },
  {
    name: 'consult-cta',
    tag: 'clinic-consult-cta',
    title: 'Consultation call-to-action',
    ...consultCtaContent,
    seedFile: 'cta.json',
  },
] as ElementKind[];

export function kindNamed(name: string | undefined): ElementKind {
  return elementKinds.find((kind) => kind.name == name) ?? elementKinds[0]!;
}

export function kindOfTag(tag: string): ElementKind | undefined {
  return elementKinds.find((kind) => kind.tag == tag.toLowerCase());
}
