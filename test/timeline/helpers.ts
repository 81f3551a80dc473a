/** What the timeline's tests share: a timeline with every field, `render`, and queries into its shadow root. */
import '../../src/timeline.js'; // registers <clinic-timeline>
import type { Timeline } from '../../src/components/timeline/timeline.js';
import type { TimelineContent } from '../../src/components/timeline/timeline.schema.js';
import { mount, shown } from '../helpers/elements.js';
import { container } from '../helpers/page.js';

export const timeline: TimelineContent = {
  id: 'ketamine-infusion',
  title: 'What to expect',
  intro: 'From your first visit to the care after each session.',
  steps: [
    {
      id: 'assessment',
      title: 'Initial assessment',
      icon: 'clipboard',
      description: 'A thorough evaluation of your medical history.',
      details: ['Medical history', 'Current symptoms', 'Treatment goals'],
    },
    { id: 'plan', title: 'Your treatment plan', icon: 'calendar' },
    { id: 'infusion', title: 'Infusion sessions', icon: 'infusion', duration: 'About 40 minutes to an hour each' },
    {
      id: 'follow-up',
      title: 'Monitoring and follow-up',
      icon: 'follow-up',
      details: ['Regular follow-up appointments'],
    },
    { id: 'therapies', title: 'Integration with other therapies', icon: 'therapy' },
  ],
  notes: [
    { title: 'After each session', text: 'Have a designated driver or support person with you.' },
    { text: 'Follow the post-treatment care instructions.' },
  ],
};

/** The author's markup inside the tag, shown until the timeline renders. */
export const FALLBACK = '<a class="fallback" href="/what-to-expect">What to expect</a>';

/** A timeline with `content`, mounted (in the test's container unless told) and rendered (loaded or failed). */
export const render = (content: unknown = timeline, attributes: Record<string, string> = {}, parent = container) =>
  mount('clinic-timeline', parent, content, attributes, FALLBACK);
export const all = (element: Timeline, selector: string) => [
  ...element.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
export const part = (element: Timeline, name: string) =>
  element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
export const steps = (element: Timeline) => all(element, '[part="steps"] > li');
export const text = (node: Element) => node.textContent.replace(/\s+/g, ' ').trim();
/** What a step says about where the visitor is: the visible words, or '' when it says nothing. */
export const stateOf = (step: Element) => {
  const state = step.querySelector('.state')!;
  return shown(state) ? text(state) : '';
};
