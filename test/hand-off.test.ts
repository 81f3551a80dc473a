/**
 * The checklist leading to the consultation CTA, both real, on one page: `for` moves focus to the CTA,
 * hands over the ticked symptoms (never the crisis item), and they reach the clinic only if the visitor
 * ticks the CTA's box for it, in the one request the form sends.
 */
import { expect } from '@esm-bundle/chai';
import '../src/consult-cta.js';
import '../src/symptom-checklist.js';
import type { ConsultCta } from '../src/components/consult-cta/consult-cta.js';
import type { SymptomChecklist } from '../src/components/symptom-checklist/symptom-checklist.js';
import { settled } from './helpers/elements.js';
import { container, useContainer } from './helpers/page.js';
import { formLog, uniqueKey } from './helpers/server.js';

useContainer();

/** The demo page's own checklist file, and a CTA whose form posts to the test endpoint under a fresh key. */
async function page() {
  const key = uniqueKey('hand-off');
  container.innerHTML = `
    <clinic-symptom-checklist src="/stories/demo/content/checklists.json" checklist="fibromyalgia-depression"
      for="cta-${key}"></clinic-symptom-checklist>
    <clinic-consult-cta id="cta-${key}"></clinic-consult-cta>`;
  const checklist = container.querySelector<SymptomChecklist>('clinic-symptom-checklist')!;
  const cta = container.querySelector<ConsultCta>('clinic-consult-cta')!;
  const loaded = settled(cta);
  cta.content = {
    heading: 'Schedule a consultation',
    phone: { number: '+19495550100' },
    form: { action: `/form/${key}?reply=201`, fields: ['name', 'phone'] },
  };
  await Promise.all([settled(checklist), loaded]);
  return { checklist, cta, key };
}

const input = (root: Element, selector: string) => root.shadowRoot!.querySelector<HTMLInputElement>(selector)!;

/** Ticks the items, the crisis item among them, then uses the recommend button. */
async function tickAndRecommend(checklist: SymptomChecklist) {
  for (const id of ['widespread-pain', 'self-harm', 'fibro-fog', 'poor-sleep'])
    input(checklist, `[name="${id}"]`).click();
  await checklist.updateComplete;
  checklist.shadowRoot!.querySelector<HTMLButtonElement>('button.recommend')!.click();
}

async function send(cta: ConsultCta, key: string) {
  input(cta, '[name="name"]').value = 'Ana López';
  input(cta, '[name="phone"]').value = '949 555 0199';
  const sent = new Promise((resolve) => cta.addEventListener('clinic-form-success', resolve, { once: true }));
  cta.shadowRoot!.querySelector<HTMLButtonElement>('form button.primary')!.click();
  await sent;
  const log = await formLog(key);
  expect(log, 'one request').to.have.length(1);
  return JSON.stringify(log[0]!.body);
}

describe('hand-off from <clinic-symptom-checklist for> to <clinic-consult-cta>', () => {
  it('moves focus to the CTA and offers the ticked symptoms, crisis item left out, in an unticked box', async () => {
    const { checklist, cta } = await page();
    await tickAndRecommend(checklist);
    await cta.updateComplete;
    expect(document.activeElement, 'focus is in the CTA').to.equal(cta);
    expect(cta.shadowRoot!.activeElement?.textContent).to.contain('Schedule a consultation');
    expect(cta.symptoms).to.deep.equal(['Widespread pain', '“Fibro fog”', 'Poor sleep']);
    const share = input(cta, '[name="share"]');
    expect(share.checked, 'the visitor has not agreed to share them yet').to.be.false;
    expect(share.getBoundingClientRect().height, 'the box is shown').to.be.greaterThan(0);
  });

  it('keeps the CTA up to date when the visitor changes the answers afterwards', async () => {
    const { checklist, cta } = await page();
    await tickAndRecommend(checklist);
    input(checklist, '[name="fibro-fog"]').click();
    expect(cta.symptoms).to.deep.equal(['Widespread pain', 'Poor sleep']);
    checklist.shadowRoot!.querySelector<HTMLButtonElement>('button:not(.recommend):last-of-type')!.click();
    expect(cta.symptoms, 'cleared').to.deep.equal([]);
    await cta.updateComplete;
    expect(input(cta, '[name="share"]').getBoundingClientRect().height, 'no symptoms, no box').to.equal(0);
  });

  it('sends nothing of the checklist unless the box is ticked, and then the symptoms only', async () => {
    const without = await page();
    await tickAndRecommend(without.checklist);
    const body = await send(without.cta, without.key);
    expect(body).to.equal(JSON.stringify({ name: 'Ana López', phone: '949 555 0199' }));

    container.replaceChildren();
    const ticked = await page();
    await tickAndRecommend(ticked.checklist);
    await ticked.cta.updateComplete;
    input(ticked.cta, '[name="share"]').click();
    const sent = JSON.parse(await send(ticked.cta, ticked.key)) as { symptoms: string };
    expect(sent.symptoms).to.equal(ticked.cta.symptoms.join('; '));
    expect(sent.symptoms).not.to.match(/self-harm|suicide/i);
  });
});
