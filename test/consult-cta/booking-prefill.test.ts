/**
 * Prefill is opt-in: the scheduler in the pop-up gets nothing the visitor gave unless `booking.prefill` names the
 * field, and then only what the visitor typed in the CTA's own form, and the handed-off symptoms only if the visitor
 * ticked the box to add them.
 */
import { expect } from '@esm-bundle/chai';
import type { ConsultCta } from '../../src/components/consult-cta/consult-cta.js';
import type { ConsultCtaContent } from '../../src/components/consult-cta/consult-cta.schema.js';
import { click, type } from '../helpers/input.js';
import { useContainer } from '../helpers/page.js';
import { until } from '../helpers/wait.js';
import { $, field, full, render } from './helpers.js';

useContainer('640px');

const otherOrigin = `http://${location.hostname == 'localhost' ? '127.0.0.1' : 'localhost'}:${location.port}`;
const calendly = `${otherOrigin}/scheduler/calendly/clinic/consultation`;
const SYMPTOMS = ['Low mood', 'Poor sleep'];

type Prefill = NonNullable<ConsultCtaContent['booking']>['prefill'];

/** A CTA with a form and a pop-up scheduler, the checklist's symptoms handed off to it. */
async function withPrefill(prefill: Prefill) {
  const cta = await render({ ...full, booking: { url: calendly, provider: 'calendly', open: 'popup', prefill } });
  cta.symptoms = SYMPTOMS;
  await cta.updateComplete;
  return cta;
}

/** What the visitor does in our form: types a name and an email, and maybe ticks the box to add the symptoms. */
async function visitorTypes(cta: ConsultCta, { share }: { share: boolean }) {
  field(cta, 'name').focus();
  await type('Ana López');
  field(cta, 'email').focus();
  await type('ana@example.com');
  if (share) await click(field(cta, 'share'));
}

/** Opens the pop-up and gives the query of the scheduler's URL, less Calendly's own embed parameters. */
async function schedulerQuery(cta: ConsultCta) {
  await click($(cta, '.actions [data-channel="book"]'));
  await until(() => !!cta.shadowRoot!.querySelector('dialog[open] iframe[src]'), 'the scheduler');
  const query = new URL($<HTMLIFrameElement>(cta, 'iframe').src).searchParams;
  query.delete('embed_domain');
  query.delete('embed_type');
  return Object.fromEntries(query);
}

describe('<clinic-consult-cta> prefill, opt-in only', () => {
  it('gives the scheduler nothing without booking.prefill, whatever the visitor typed and ticked', async () => {
    const cta = await withPrefill(undefined);
    await visitorTypes(cta, { share: true });
    expect(await schedulerQuery(cta)).to.deep.equal({});
  });

  it('gives the named fields as typed in our form, and not the symptoms unless named', async () => {
    const cta = await withPrefill(['name', 'email']);
    await visitorTypes(cta, { share: true });
    expect(await schedulerQuery(cta)).to.deep.equal({ name: 'Ana López', email: 'ana@example.com' });
  });

  it('gives the symptoms (as the answer to the first question) only when the visitor ticked the box', async () => {
    const ticked = await withPrefill(['symptoms']);
    await visitorTypes(ticked, { share: true });
    expect(await schedulerQuery(ticked)).to.deep.equal({ a1: 'Low mood; Poor sleep' });
  });

  it('gives no symptoms when the visitor did not tick the box, though named', async () => {
    const unticked = await withPrefill(['name', 'email', 'symptoms']);
    await visitorTypes(unticked, { share: false });
    expect(await schedulerQuery(unticked)).to.deep.equal({ name: 'Ana López', email: 'ana@example.com' });
  });

  it('gives nothing for a named field the visitor left empty', async () => {
    const cta = await withPrefill(['name', 'email', 'symptoms']);
    expect(await schedulerQuery(cta)).to.deep.equal({});
  });
});
