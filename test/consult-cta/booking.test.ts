/**
 * Booking in place (`booking.open` "popup" and "inline"), against the fake Calendly and Cal.com pages of
 * scripts/fake-scheduler.js served on a second origin (127.0.0.1 for a page on localhost, and the other way round):
 * the dialog opens, keeps focus, closes with Esc or its button and gives focus back; the card's frame takes the
 * provider's height; a booking message dispatches one event and one dataLayer push, and the same message from the page
 * itself, from another frame or from another origin is ignored; a frame that does not load in time, or a page that
 * cannot be framed, offers a new tab.
 */
import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import type { ConsultCta } from '../../src/components/consult-cta/consult-cta.js';
import type { ConsultCtaContent } from '../../src/components/consult-cta/consult-cta.schema.js';
import { axeViolations } from '../helpers/axe.js';
import { shown } from '../helpers/elements.js';
import { click } from '../helpers/input.js';
import { container, useContainer } from '../helpers/page.js';
import { timeForWhatMustNotHappen, until } from '../helpers/wait.js';
import { $, focused, full, render, text } from './helpers.js';

useContainer('640px');

/** The test page's server under its other name: another origin. */
const otherOrigin = `http://${location.hostname == 'localhost' ? '127.0.0.1' : 'localhost'}:${location.port}`;
const calendly = `${otherOrigin}/scheduler/calendly/clinic/consultation`;
const calcom = `${otherOrigin}/scheduler/calcom/clinic/consultation`;
const booked = {
  event: 'calendly.event_scheduled',
  payload: { event: { uri: 'https://api.calendly.com/scheduled_events/X' } },
};

type Booking = NonNullable<ConsultCtaContent['booking']>;

function withBooking(booking: Partial<Booking>, attributes: Record<string, string> = {}) {
  const content = { ...full, form: undefined, booking: { url: calendly, provider: 'calendly', ...booking } };
  return render(content, { analytics: 'datalayer', ...attributes });
}

const dialog = (cta: ConsultCta) => $<HTMLDialogElement>(cta, 'dialog');
const frame = (cta: ConsultCta) => $<HTMLIFrameElement>(cta, 'iframe');
const frameHeight = (cta: ConsultCta) => Math.round(frame(cta).getBoundingClientRect().height);

/** Waits until the frame has loaded the fake page, which says its height as it loads. */
async function frameLoaded(cta: ConsultCta) {
  await until(() => seen.some((event) => event.source == frame(cta).contentWindow), 'the fake page said its height');
}
const MINIMUM_HEIGHT = 640;

/** What a message says it is: Calendly's `event`, or Cal.com's `type`. */
const kind = (event: MessageEvent) => {
  const data = event.data as { event?: string; type?: string } | null;
  return data?.event ?? data?.type;
};

/** Messages that reached this page's window in this test, whoever sent them: to know an ignored one did arrive. */
const seen: MessageEvent[] = [];
window.addEventListener('message', (event) => seen.push(event));
beforeEach(() => (seen.length = 0));

/** Opens the pop-up with a real click on the booking link. */
async function openPopup(cta: ConsultCta) {
  await click($(cta, '.actions [data-channel="book"]'));
  await until(() => !!cta.shadowRoot!.querySelector('dialog[open]'), 'the dialog is open');
}

describe('<clinic-consult-cta> booking in place', () => {
  const page = window as { dataLayer?: unknown[] };
  beforeEach(() => delete page.dataLayer);
  afterEach(() => delete page.dataLayer);

  describe('in a pop-up', () => {
    it('opens a modal dialog titled with the heading, holding Calendly’s popup embed', async () => {
      const cta = await withBooking({ open: 'popup' });
      await openPopup(cta);
      const title = cta.shadowRoot!.getElementById(dialog(cta).getAttribute('aria-labelledby')!)!;
      expect(text(title)).to.equal('Schedule a consultation');
      expect(dialog(cta).matches(':modal'), 'modal').to.be.true;
      const src = new URL(frame(cta).src);
      expect(src.origin + src.pathname).to.equal(calendly);
      expect(src.searchParams.get('embed_domain')).to.equal(location.host);
      expect(src.searchParams.get('embed_type')).to.equal('PopupText');
      expect(await axeViolations(cta)).to.deep.equal([]);
    });

    it('keeps focus inside, closes with Esc, and gives focus back to the link that opened it', async () => {
      const outside = document.createElement('button');
      outside.textContent = 'Elsewhere on the page';
      container.append(outside);
      const cta = await withBooking({ open: 'popup' });
      const link = $(cta, '.actions [data-channel="book"]');
      await openPopup(cta);
      expect(dialog(cta).contains(focused(cta)), 'focus moved into the dialog').to.be.true;
      await frameLoaded(cta);
      $(cta, 'dialog .close').focus();
      await sendKeys({ press: 'Tab' });
      // The scheduler's frame is another site's, in a process of its own: the page learns of its focus a moment later.
      await until(() => dialog(cta).contains(focused(cta)), 'Tab goes on inside the dialog, into the scheduler');
      outside.focus();
      expect(document.activeElement, 'the rest of the page is inert').not.to.equal(outside);
      $(cta, 'dialog .close').focus();
      await sendKeys({ press: 'Escape' });
      await until(() => !dialog(cta).open, 'the dialog closed');
      expect(focused(cta)).to.equal(link);
    });

    it('closes with its close button, and focus goes back to the link', async () => {
      const cta = await withBooking({ open: 'popup' });
      await openPopup(cta);
      await frameLoaded(cta);
      await click($(cta, 'dialog .close'));
      await until(() => !dialog(cta).open, 'the dialog closed');
      expect(focused(cta)).to.equal($(cta, '.actions [data-channel="book"]'));
    });

    it('counts a booking once: one event, one dataLayer push, with the provider only', async () => {
      const cta = await withBooking({ open: 'popup' });
      const events: unknown[] = [];
      // Heard outside the shadow root: it bubbles and is composed.
      container.addEventListener('clinic-booking-complete', (event) => events.push(event.detail));
      await openPopup(cta);
      await frameLoaded(cta);
      frame(cta).contentWindow!.postMessage({ fake: 'book' }, '*');
      await until(() => events.length > 0, 'clinic-booking-complete');
      await timeForWhatMustNotHappen();
      expect(events).to.deep.equal([{ provider: 'calendly' }]);
      const pushed = page.dataLayer!.filter((entry) => (entry as { event: string }).event == 'clinic_booking_complete');
      expect(pushed).to.deep.equal([{ event: 'clinic_booking_complete', provider: 'calendly' }]);
    });

    it('ignores the same message from the page itself, from another frame and from another origin', async () => {
      const cta = await withBooking({ open: 'popup' });
      let events = 0;
      cta.addEventListener('clinic-booking-complete', () => events++);
      await openPopup(cta);
      await frameLoaded(cta);
      // The page itself:
      window.postMessage(booked, '*');
      // Another frame on the booking page's origin, the same fake Calendly:
      const other = document.createElement('iframe');
      other.src = calendly;
      const otherLoaded = new Promise((resolve) => other.addEventListener('load', resolve, { once: true }));
      container.append(other);
      await otherLoaded;
      other.contentWindow!.postMessage({ fake: 'book' }, '*');
      await until(() => seen.some((e) => e.source == other.contentWindow && kind(e) == booked.event), 'other');
      // The CTA's own frame, gone to a page of another origin (this page's), which books as it loads:
      const elsewhere = `${location.origin}/scheduler/calendly/x?book=1`;
      frame(cta).contentWindow!.postMessage({ fake: 'go', to: elsewhere }, '*');
      const fromElsewhere = (e: MessageEvent) => e.origin == location.origin && kind(e) == booked.event;
      await until(() => seen.filter(fromElsewhere).length == 2, 'the booking from the page and from this origin');
      await timeForWhatMustNotHappen();
      expect(events, 'no booking counted').to.equal(0);
      expect(page.dataLayer?.some((entry) => (entry as { event: string }).event == 'clinic_booking_complete')).not.to.be
        .true;
    });

    it('says so and offers a new tab when the page does not load in time', async () => {
      const cta = await withBooking({ open: 'popup', url: `${calendly}?delay=20000` }, { 'booking-timeout': '300' });
      await openPopup(cta);
      await until(() => shown($(cta, 'dialog [part="status"]')), 'the message');
      expect(text($(cta, 'dialog [part="status"]'))).to.equal(
        'The booking page could not be shown here. Open it in a new tab',
      );
      const link = $<HTMLAnchorElement>(cta, 'dialog [part="status"] a');
      expect([link.href, link.target, link.rel]).to.deep.equal([`${calendly}?delay=20000`, '_blank', 'noopener']);
      expect(shown(frame(cta)), 'the frame is gone').to.be.false;
    });

    it('opens a page it cannot frame in a new tab at once, and says so', async () => {
      const opened: unknown[][] = [];
      const open = window.open;
      window.open = (...args: unknown[]) => (opened.push(args), null);
      try {
        const cta = await withBooking({ open: 'popup', url: 'mailto:book@clinic.example', provider: undefined });
        await openPopup(cta);
        expect(opened).to.deep.equal([['mailto:book@clinic.example', '_blank', 'noopener']]);
        expect(shown($(cta, 'dialog [part="status"]'))).to.be.true;
      } finally {
        window.open = open;
      }
    });
  });

  describe('in the card', () => {
    it('frames Cal.com’s inline embed in place of the link, 640 px tall until Cal.com says its height', async () => {
      const cta = await withBooking({ open: 'inline', url: calcom, provider: 'calcom' });
      expect(shown($(cta, '.actions [data-channel="book"]')), 'no link').to.be.false;
      expect(frameHeight(cta)).to.equal(MINIMUM_HEIGHT);
      const src = new URL(frame(cta).src);
      expect(src.pathname).to.equal('/scheduler/calcom/clinic/consultation/embed');
      expect([...src.searchParams]).to.deep.equal([
        ['embed', ''],
        ['embedType', 'inline'],
      ]);
      await frameLoaded(cta);
      frame(cta).contentWindow!.postMessage({ fake: 'height', height: 900 }, '*');
      await until(() => frameHeight(cta) == 900, 'the height Cal.com gave');
    });

    it('answers Cal.com’s __iframeReady with parentKnowsIframeReady, as Cal.com’s embed does', async () => {
      const cta = await withBooking({ open: 'inline', url: calcom, provider: 'calcom' });
      await until(() => seen.some((e) => e.source == frame(cta).contentWindow && kind(e) == 'linkReady'), 'linkReady');
    });

    it('offers a new tab for a page it cannot frame, without opening one by itself', async () => {
      const opened: unknown[] = [];
      const open = window.open;
      window.open = (...args: unknown[]) => (opened.push(args), null);
      try {
        const cta = await withBooking({ open: 'inline', url: 'tel:+19495550100', provider: undefined });
        expect(shown($(cta, '[part="scheduler"] [part="status"]')), 'the message').to.be.true;
        expect($(cta, '[part="scheduler"] [part="status"] a').getAttribute('href')).to.equal('tel:+19495550100');
        expect(opened, 'no tab opened without a click').to.deep.equal([]);
      } finally {
        window.open = open;
      }
    });

    it('counts a Cal.com booking once, though Cal.com sends it twice (bookingSuccessful and V2)', async () => {
      const cta = await withBooking({ open: 'inline', url: calcom, provider: 'calcom' });
      const events: unknown[] = [];
      cta.addEventListener('clinic-booking-complete', (event) => events.push(event.detail));
      await frameLoaded(cta);
      frame(cta).contentWindow!.postMessage({ fake: 'book' }, '*');
      await until(() => seen.some((e) => kind(e) == 'bookingSuccessfulV2'), 'both messages');
      await timeForWhatMustNotHappen();
      expect(events).to.deep.equal([{ provider: 'calcom' }]);
      expect(page.dataLayer).to.deep.equal([{ event: 'clinic_booking_complete', provider: 'calcom' }]);
    });
  });

  it('passes the page’s utm_* parameters on to the scheduler', async () => {
    const page = location.href;
    history.replaceState(null, '', '?utm_source=newsletter&utm_campaign=spring&other=1');
    try {
      const cta = await withBooking({ open: 'popup' });
      await openPopup(cta);
      const query = new URL(frame(cta).src).searchParams;
      expect([query.get('utm_source'), query.get('utm_campaign'), query.get('other')]).to.deep.equal([
        'newsletter',
        'spring',
        null,
      ]);
    } finally {
      history.replaceState(null, '', page);
    }
  });

  it('knows Calendly and Cal.com by their host, and frames any other page as it is', async () => {
    const { embedUrl, providerOf } = await import('../../src/components/consult-cta/booking-frame.js');
    const providers = ['https://calendly.com/clinic/30min', 'https://cal.com/clinic/30min', 'https://jane.app/book'];
    expect(providers.map((url) => providerOf({ url }, new URL(url)))).to.deep.equal(['calendly', 'calcom', 'other']);
    expect(embedUrl('https://cal.com/clinic/30min', 'calcom', true, [])?.href).to.equal(
      'https://app.cal.com/clinic/30min/embed?embed=&embedType=modal',
    );
    expect(embedUrl('https://jane.app/book?x=1', 'other', true, [['name', 'Ana']])?.href).to.equal(
      'https://jane.app/book?x=1&name=Ana',
    );
    expect(embedUrl('tel:+19495550100', 'other', true, []), 'not framed').to.be.undefined;
  });
});
