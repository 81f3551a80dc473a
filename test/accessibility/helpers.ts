/**
 * The four elements with the demo clinic's content, each in the state that shows the most: a card of each
 * layout, the checklist with a symptom and the crisis item ticked, the timeline at its third step, and the CTA
 * after an empty send (its error summary shown).
 */
import '../../src/define.js';
import type { ConsultCta } from '../../src/components/consult-cta/consult-cta.js';
import type { SymptomChecklist } from '../../src/components/symptom-checklist/symptom-checklist.js';
import { mount } from '../helpers/elements.js';
import { getJson } from '../helpers/server.js';

const DEMO = '/stories/demo/content';

export async function mountShowcase(parent: HTMLElement) {
  const [{ articles }, { checklists }, { timelines }, cta] = await Promise.all([
    getJson<{ articles: unknown[] }>(`${DEMO}/articles.json`),
    getJson<{ checklists: { groups: { items: { id: string; crisis?: boolean }[] }[] }[] }>(`${DEMO}/checklists.json`),
    getJson<{ timelines: unknown[] }>(`${DEMO}/timelines.json`),
    getJson(`${DEMO}/cta.json`),
  ]);
  const checklistContent = checklists[0]!;
  const items = checklistContent.groups.flatMap((group) => group.items);
  const elements = [
    await mount('clinic-article-card', parent, articles[0]),
    await mount('clinic-article-card', parent, articles[1], { layout: 'horizontal' }),
    await mount('clinic-symptom-checklist', parent, checklistContent),
    await mount('clinic-timeline', parent, timelines[0], { current: '3', layout: 'auto' }),
    await mount('clinic-consult-cta', parent, cta),
  ];
  const checklist = elements[2] as SymptomChecklist;
  for (const item of [items.find((each) => !each.crisis)!, items.find((each) => each.crisis)!]) {
    checklist.shadowRoot!.querySelector<HTMLInputElement>(`input[name="${item.id}"]`)!.click();
  }
  const consult = elements[4] as ConsultCta;
  consult.shadowRoot!.querySelector<HTMLButtonElement>('form button[part="button"]')!.click();
  await Promise.all(elements.map((element) => element.updateComplete));
  return elements;
}

/** Every element of `root` and of the shadow roots below it. */
export function* deepElements(root: ParentNode): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* deepElements(element.shadowRoot);
  }
}
