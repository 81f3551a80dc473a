/**
 * What the CTA's tests share: content with every way to act, what a visitor types, `render` and `withForm` (a form
 * posting to the test server's form endpoint), queries into the shadow root, and filling the form in with real keys.
 */
import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/consult-cta.js'; // registers <clinic-consult-cta>
import type { ConsultCta } from '../../src/components/consult-cta/consult-cta.js';
import type { ConsultCtaContent } from '../../src/components/consult-cta/consult-cta.schema.js';
import { mount } from '../helpers/elements.js';
import { type } from '../helpers/input.js';
import { container } from '../helpers/page.js';
import { uniqueKey } from '../helpers/server.js';

export const full: ConsultCtaContent = {
  heading: 'Schedule a consultation',
  text: 'Find out whether ketamine therapy is right for you.',
  booking: { url: 'https://clinic.example/book', label: 'Book online' },
  phone: { number: '+19495550100', label: 'Call us' },
  hours: {
    timezone: 'America/Los_Angeles',
    weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '09:00', close: '17:00' }],
  },
  form: {
    action: '/form/unused',
    encoding: 'json',
    fields: ['name', 'phone', 'email', 'preferredTime', 'message'],
    consent: 'I agree to be contacted about my enquiry.',
    success: 'Thank you. We will call you within one business day.',
  },
};

/** What a visitor types, in every field: letters beyond ASCII included. */
export const typed = {
  name: 'Ana López',
  phone: '+1 949 555 0199',
  email: 'ana@example.com',
  preferredTime: 'Weekday mornings',
  message: 'I have had chronic pain for years.',
};

/** The author's markup inside the tag, shown until the CTA renders. */
export const FALLBACK = '<a class="fallback" href="tel:+19495550100">Call (949) 555-0100</a>';

/** A CTA with `content` and attributes, mounted (in the test's container unless told) and rendered. */
export async function render(content: unknown = full, attributes: Record<string, string> = {}, parent = container) {
  const cta = await mount('clinic-consult-cta', parent, content, attributes, FALLBACK);
  await cta.updateComplete;
  return cta;
}

/** A CTA whose form posts to the test endpoint under a fresh key, answering with `reply` (see form-endpoint.js). */
export async function withForm(
  reply = '201',
  form: Partial<NonNullable<ConsultCtaContent['form']>> = {},
  attributes: Record<string, string> = {},
) {
  const key = uniqueKey('form');
  const cta = await render(
    { ...full, form: { ...full.form, action: `/form/${key}?reply=${reply}`, ...form } },
    attributes,
  );
  return { cta, key };
}

export const $ = <E extends Element = HTMLElement>(cta: ConsultCta, selector: string) =>
  cta.shadowRoot!.querySelector<E>(selector)!;
export const $$ = (cta: ConsultCta, selector: string) => [...cta.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
export const field = (cta: ConsultCta, name: string) => $<HTMLInputElement>(cta, `[name="${name}"]`);
export const status = (cta: ConsultCta) => $(cta, '[role="status"]');
export const focused = (cta: ConsultCta) => cta.shadowRoot!.activeElement as HTMLElement | null;
/** The text as shown (hidden parts left out), white space collapsed. */
export const text = (element: Element) => (element as HTMLElement).innerText.replace(/\s+/g, ' ').trim();

/** Types every value into its field with real key presses, and ticks the consent box with the space bar. */
export async function fillIn(cta: ConsultCta, values: Partial<typeof typed> = typed) {
  for (const [name, value] of Object.entries(values)) {
    field(cta, name).focus();
    await type(value);
  }
  $(cta, '#f-consent').focus();
  await sendKeys({ press: ' ' });
}

/** Sets every field and ticks consent at once, without key presses: for tests about what happens after. */
export function setValues(cta: ConsultCta, values: Partial<typeof typed> = typed) {
  for (const [name, value] of Object.entries(values)) field(cta, name).value = value;
  $<HTMLInputElement>(cta, '#f-consent').checked = true;
}

/** Every value the visitor typed is still in its field, and the consent box still ticked. */
export function expectKept(cta: ConsultCta, values: Partial<typeof typed> = typed) {
  for (const [name, value] of Object.entries(values)) expect(field(cta, name).value, name).to.equal(value);
  expect($<HTMLInputElement>(cta, '#f-consent').checked, 'consent').to.be.true;
}
