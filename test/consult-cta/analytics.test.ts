/** Analytics: window.dataLayer left alone by default; with analytics="datalayer", generic events and never a value. */
import { expect } from '@esm-bundle/chai';
import { oneEvent } from '@open-wc/testing-helpers';
import { click } from '../helpers/input.js';
import { useContainer } from '../helpers/page.js';
import { $, fillIn, withForm } from './helpers.js';

useContainer('640px');

describe('<clinic-consult-cta> events and analytics', () => {
  const page = window as { dataLayer?: unknown[] };
  beforeEach(() => delete page.dataLayer);
  afterEach(() => delete page.dataLayer);

  /** Uses the booking link, the phone link and the form; links are clicked for real, but go nowhere. */
  async function useEverything(attributes: Record<string, string> = {}) {
    const { cta } = await withForm('201', {}, attributes);
    cta.addEventListener('click', (e) => (e.composedPath()[0] as Element).closest('a') && e.preventDefault());
    const channels: string[] = [];
    cta.addEventListener('clinic-cta-click', (e) => channels.push(e.detail.channel));
    await click($(cta, '.actions [data-channel="book"]'));
    await click($(cta, '.actions [data-channel="call"]'));
    await fillIn(cta);
    const success = oneEvent(cta, 'clinic-form-success');
    await click($(cta, 'form button'));
    await success;
    expect(channels).to.deep.equal(['book', 'call', 'form']);
  }

  it('leaves window.dataLayer alone by default: not even created', async () => {
    await useEverything();
    expect('dataLayer' in window).to.be.false;
  });

  it('pushes generic events with analytics="datalayer", never a value', async () => {
    await useEverything({ analytics: 'datalayer' });
    expect(page.dataLayer).to.deep.equal([
      { event: 'clinic_cta_click', channel: 'book' },
      { event: 'clinic_cta_click', channel: 'call' },
      { event: 'clinic_cta_click', channel: 'form' },
      { event: 'clinic_form_sent' },
    ]);
  });
});
