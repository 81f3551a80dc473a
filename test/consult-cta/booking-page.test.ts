/**
 * `booking.open` "page" (the default) is a plain link: clicking it loads none of the booking frame's code, which only
 * a pop-up or an inline scheduler loads (its own chunk in the bundle, its own module here).
 */
import { expect } from '@esm-bundle/chai';
import { click } from '../helpers/input.js';
import { useContainer } from '../helpers/page.js';
import { timeForWhatMustNotHappen, until } from '../helpers/wait.js';
import { $, full, render } from './helpers.js';

useContainer('640px');

const bookingFrameLoaded = () =>
  performance.getEntriesByType('resource').some((entry) => /booking-frame/.test(entry.name));

describe('<clinic-consult-cta> booking as a page', () => {
  it('is a link that loads nothing more when used, until a pop-up asks for the booking frame', async () => {
    const cta = await render({ ...full, form: undefined });
    // After the CTA's own handler: the link goes nowhere.
    cta.addEventListener('click', (event) => event.preventDefault());
    await click($(cta, '.actions [data-channel="book"]'));
    await timeForWhatMustNotHappen();
    expect(cta.shadowRoot!.querySelector('dialog, iframe'), 'no dialog, no frame').to.be.null;
    expect(bookingFrameLoaded(), 'the booking frame’s code').to.be.false;

    const popup = await render({ ...full, form: undefined, booking: { ...full.booking!, open: 'popup' } });
    popup.addEventListener('click', (event) => event.preventDefault());
    await click($(popup, '.actions [data-channel="book"]'));
    await until(bookingFrameLoaded, 'a pop-up loads the booking frame’s code');
  });
});
