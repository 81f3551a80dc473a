import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/consult-cta.js';
import { elementStories, describe, type StoryArgs } from './shared.js';
import type { ConsultCta, ConsultCtaContent } from '../src/consult-cta.js';
// The clinic's own CTA, the same file the demo page loads (served at content/cta.json too).
import demo from './demo/content/cta.json';

/**
 * Stand-ins for a clinic's endpoint, so that every state of the form shows in a static Storybook too.
 * Only these three made-up addresses are answered here; the tests use a real server instead.
 */
const endpoints: Record<string, () => Promise<Response>> = {
  'https://clinic.example/api/ok': () => Promise.resolve(new Response('{"ok":true}', { status: 200 })),
  'https://clinic.example/api/down': () => Promise.resolve(new Response('{"ok":false}', { status: 500 })),
  'https://clinic.example/api/slow': () => new Promise(() => undefined),
};
const pageFetch = window.fetch.bind(window);
window.fetch = (input, init) => {
  const url = input instanceof Request ? input.url : String(input);
  return endpoints[url]?.() ?? pageFetch(input, init);
};

const clinic = demo as ConsultCtaContent;
const content = (action: string): ConsultCtaContent => ({ ...clinic, form: { ...clinic.form, action } });

/** Waits for the CTA's content, fills in the form as a visitor would, and sends it (or sends it empty). */
async function submit(canvas: HTMLElement, values: Record<string, string> = {}) {
  const cta = canvas.querySelector<ConsultCta>('clinic-consult-cta')!;
  if (cta.status !== 'ready')
    await new Promise((resolve) => cta.addEventListener('clinic-content-load', resolve, { once: true }));
  await cta.updateComplete;
  const root = cta.shadowRoot!;
  for (const [name, value] of Object.entries(values))
    root.querySelector<HTMLInputElement>(`[name="${name}"]`)!.value = value;
  root.querySelector<HTMLInputElement>('#f-consent')!.checked = Object.keys(values).length > 0;
  root.querySelector('form')!.requestSubmit();
}
const visitor = { name: 'Ana López', phone: '(949) 555-0199', preferredTime: 'Weekday mornings' };

const tuesdayMorning = new Date('2026-01-06T18:30:00Z'); // 10:30 in Los Angeles

interface CtaArgs extends StoryArgs {
  /** The moment "Open now" is computed for, so the hours line does not change with the day. */
  now?: Date | number;
}

const controls = elementStories<CtaArgs>('clinic-consult-cta', {
  width: '34rem',
  fallback: () =>
    html`<p>Call us at <a href="tel:+19495550100">(949) 555-0100</a>, Monday to Friday, 9:00 to 17:00.</p>`,
  args: { now: tuesdayMorning, content: content('https://clinic.example/api/ok') },
});
const meta: Meta<CtaArgs> = {
  title: 'Consult CTA',
  component: 'clinic-consult-cta',
  ...controls,
  // The date control gives a timestamp; `now` is a Date.
  render: (args, context) => controls.render!({ ...args, now: args.now && new Date(args.now) }, context),
};
export default meta;

type Story = StoryObj<CtaArgs>;

export const Card: Story = {
  parameters: describe('The default card: heading, text, opening hours, book and call buttons, and the callback form.'),
};

export const Banner: Story = {
  args: { appearance: 'banner', width: '100%', content: { ...clinic, form: undefined } },
  parameters: describe('A full-width band tinted with the accent, here without the form.'),
};

export const Floating: Story = {
  args: { appearance: 'floating', width: '100%' },
  parameters: describe(
    'On a screen narrower than 40em (640 px) a bar with the book and call buttons is fixed to the bottom, with a ' +
      'button to close it; ' +
      'it steps aside while it would cover the focused element. On a wide screen it is the card.',
  ),
};

export const FromSrc: Story = {
  name: 'From src',
  args: { content: undefined, src: 'content/cta.json' },
  parameters: describe(
    'Loads the clinic’s CTA file, the one the demo page uses (its form posts to /api/callback of npm start).',
  ),
};

export const Closed: Story = {
  args: { now: new Date('2026-01-10T02:00:00Z') },
  parameters: describe(
    'Friday at 18:00 in Los Angeles: the hours line says when the clinic opens next, on its own clock.',
  ),
};

export const Spanish: Story = {
  args: { lang: 'es', now: new Date('2026-01-10T02:00:00Z') },
  parameters: describe(
    'Inside lang="es": built-in words, weekdays and times in Spanish; the clinic’s own text stays as written.',
  ),
};

export const PhoneOnly: Story = {
  name: 'Phone only',
  args: { content: { phone: { number: '+1 949 555 0100', label: 'Call us' } }, width: '22rem' },
  parameters: describe('The least a CTA needs: one way to act. The heading is the built-in "Contact us".'),
};

export const ErrorSummary: Story = {
  name: 'Form: error summary',
  play: ({ canvasElement }) => submit(canvasElement),
  parameters: describe('Sent empty: a summary takes focus and links to each field; each field says what is wrong.'),
};

export const Sending: Story = {
  name: 'Form: sending',
  args: { content: content('https://clinic.example/api/slow') },
  play: ({ canvasElement }) => submit(canvasElement, visitor),
  parameters: describe('Waiting for the clinic: the button says so and stays focusable; a second click sends nothing.'),
};

export const Sent: Story = {
  name: 'Form: sent',
  play: ({ canvasElement }) => submit(canvasElement, visitor),
  parameters: describe('The clinic answered 200: its thank-you takes the place of the form and takes focus.'),
};

export const Failed: Story = {
  name: 'Form: failed',
  args: { content: content('https://clinic.example/api/down') },
  play: ({ canvasElement }) => submit(canvasElement, visitor),
  parameters: describe(
    'The clinic’s server answered 500: every value stays, the message says why, and the phone is offered.',
  ),
};

export const HandOff: Story = {
  name: 'Hand-off from the checklist',
  args: { symptoms: ['Low mood most days', 'Trouble sleeping', 'Pain that limits daily life'] },
  parameters: describe(
    'After the symptom checklist has led here: an unticked box offers to add the ticked symptoms to the request.',
  ),
};

export const ErrorState: Story = {
  name: 'Error (no way to act)',
  args: { content: { heading: 'Schedule a consultation' } },
  parameters: describe(
    'Content without booking, phone or form: the page’s fallback text shows and one error is logged.',
  ),
};

export const UnsafeUrl: Story = {
  name: 'Unsafe form action',
  args: { content: content('http://clinic.example/api/callback') },
  parameters: describe(
    'A form that would send over plain http to another site is refused: the fallback text shows instead.',
  ),
};
