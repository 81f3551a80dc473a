/**
 * What the checklist's tests share: a checklist and a scored screener, `render`, queries into the shadow root, ticking
 * and answering as a visitor does, the events a page hears, and a stand-in for the consultation CTA.
 */
import '../../src/symptom-checklist.js'; // registers <clinic-symptom-checklist>
import type { SymptomChecklist } from '../../src/components/symptom-checklist/symptom-checklist.js';
import type { SymptomChecklistContent } from '../../src/components/symptom-checklist/symptom-checklist.schema.js';
import type { ClinicChecklistChangeEvent, ClinicChecklistCompleteEvent } from '../../src/index.js';
import { mount } from '../helpers/elements.js';
import { container } from '../helpers/page.js';

export const checklist: SymptomChecklistContent = {
  id: 'fibro-depression',
  title: 'Could fibromyalgia or depression be affecting you?',
  intro: 'Tick anything you have noticed in the last two weeks.',
  groups: [
    {
      title: 'Body',
      items: [
        { id: 'pain', label: 'Widespread pain', hint: 'Aches in many areas, for months' },
        { id: 'stiffness', label: 'Stiffness' },
        { id: 'fatigue', label: 'Fatigue' },
      ],
    },
    {
      title: 'Mood',
      items: [
        { id: 'sadness', label: 'Persistent sadness' },
        { id: 'self-harm', label: 'Thoughts of self-harm or suicide', crisis: true },
        { id: 'interest', label: 'Loss of interest' },
      ],
    },
  ],
  bands: [
    { min: 0, message: 'Tick anything that fits.' },
    { min: 2, message: 'Worth mentioning to a clinician.' },
    { min: 4, message: 'Worth talking through with a clinician.', recommend: true },
  ],
};

/** A small screener in scored mode, with a crisis item. */
export const screener: SymptomChecklistContent = {
  id: 'screener',
  title: 'How have you been?',
  responses: [
    { label: 'Not at all', value: 0 },
    { label: 'Some days', value: 1 },
    { label: 'Most days', value: 2 },
  ],
  groups: [
    {
      title: 'Over the last 2 weeks',
      items: [
        { id: 'low', label: 'Feeling low', hint: 'Most of the day' },
        { id: 'tired', label: 'Feeling tired' },
        { id: 'dark', label: 'Thoughts of hurting yourself', crisis: true },
      ],
    },
  ],
  bands: [
    { min: 0, message: 'Low total.' },
    { min: 3, message: 'Higher total.', recommend: true },
  ],
};

/** The author's markup inside the tag, shown until the checklist renders. */
export const FALLBACK = '<a class="fallback" href="/symptoms">Our symptom guide</a>';

/** A checklist with `content` (or `src` in attributes), mounted (in the test's container unless told) and settled. */
export const render = (
  content: unknown = checklist,
  attributes: Record<string, string> = {},
  parent: ParentNode = container,
) => mount('clinic-symptom-checklist', parent, content, attributes, FALLBACK);

export const $ = <E extends Element = HTMLElement>(element: SymptomChecklist, selector: string) =>
  element.shadowRoot!.querySelector<E>(selector)!;
export const $$ = <E extends Element = HTMLElement>(element: SymptomChecklist, selector: string) => [
  ...element.shadowRoot!.querySelectorAll<E>(selector),
];
export const input = (element: SymptomChecklist, id: string, value?: number) =>
  $<HTMLInputElement>(element, `input[name="${id}"]${value === undefined ? '' : `[value="${value}"]`}`);
export const summary = (element: SymptomChecklist) =>
  $(element, '[part="summary"]').textContent.replace(/\s+/g, ' ').trim();
export const crisis = (element: SymptomChecklist) => element.shadowRoot!.querySelector<HTMLElement>('[part="crisis"]');
export const button = (element: SymptomChecklist, text: RegExp) =>
  $$<HTMLButtonElement>(element, 'button').find((b) => text.test(b.textContent))!;
export const recommend = (element: SymptomChecklist) => $<HTMLButtonElement>(element, 'button.recommend');

/** Ticks (or unticks) boxes with a real click, as a visitor does, and waits for the render. */
export async function tick(element: SymptomChecklist, ...ids: string[]) {
  for (const id of ids) input(element, id).click();
  await element.updateComplete;
}

/** Answers items of a scored checklist in order: `values[i]` for the i-th item. */
export async function answer(
  element: SymptomChecklist,
  values: number[],
  ids = $$<HTMLInputElement>(element, 'input').map((i) => i.name),
) {
  const items = [...new Set(ids)];
  values.forEach((value, i) => input(element, items[i]!, value).click());
  await element.updateComplete;
}

/** Every `change` and `clinic-checklist-complete` the element dispatches, as a listener on `document` hears them. */
export function recordEvents() {
  const events: (ClinicChecklistChangeEvent | ClinicChecklistCompleteEvent)[] = [];
  const listener = (event: Event) => events.push(event as ClinicChecklistChangeEvent);
  document.addEventListener('change', listener);
  document.addEventListener('clinic-checklist-complete', listener);
  return {
    events,
    details: () => events.map((e) => e.detail),
    stop() {
      document.removeEventListener('change', listener);
      document.removeEventListener('clinic-checklist-complete', listener);
    },
  };
}

/** A stand-in for the consultation CTA: a `symptoms` property, and focus delegated to its button. */
export class HandOffProbe extends HTMLElement {
  symptoms: string[] = [];
  scrolls: (ScrollIntoViewOptions | boolean | undefined)[] = [];
  constructor() {
    super();
    this.attachShadow({ mode: 'open', delegatesFocus: true }).innerHTML = '<p>Book a visit</p><button>Book</button>';
  }
  override scrollIntoView(options?: ScrollIntoViewOptions | boolean) {
    this.scrolls.push(options);
  }
}
customElements.define('test-hand-off-target', HandOffProbe);
