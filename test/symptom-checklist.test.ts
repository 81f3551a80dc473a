/**
 * <clinic-symptom-checklist>: ticking and answering, the live summary and its bands, the crisis
 * notice, the PHQ-9 preset's scoring, the hand-off to the consultation, and that nothing about the
 * visitor's answers leaves the page or is stored unless the page asks.
 */
import { expect } from '@esm-bundle/chai';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/symptom-checklist.js';
import type { SymptomChecklist } from '../src/components/symptom-checklist/symptom-checklist.js';
import { ClinicChecklistChangeEvent, ClinicChecklistCompleteEvent } from '../src/index.js';
import type { SymptomChecklistContent } from '../src/components/symptom-checklist/symptom-checklist.schema.js';
import type { ClinicContentErrorEvent } from '../src/content/events.js';
import { axeViolations } from './helpers/axe.js';
import { contentError, mount } from './helpers/elements.js';
import { captureConsoleErrors } from './helpers/page.js';
import { getJson, serverCount, uniqueKey } from './helpers/server.js';
import { timeForWhatMustNotHappen } from './helpers/wait.js';

const checklist: SymptomChecklistContent = {
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
const screener: SymptomChecklistContent = {
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

/** The PHQ-9 as published (Kroenke, Spitzer, Williams), item by item. */
const PHQ9_ITEMS = [
  'Little interest or pleasure in doing things',
  'Feeling down, depressed, or hopeless',
  'Trouble falling or staying asleep, or sleeping too much',
  'Feeling tired or having little energy',
  'Poor appetite or overeating',
  'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
  'Trouble concentrating on things, such as reading the newspaper or watching television',
  'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or ' +
    'restless that you have been moving around a lot more than usual',
  'Thoughts that you would be better off dead or of hurting yourself in some way',
];

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  container.style.width = '640px';
  document.body.append(container);
});
afterEach(() => container.remove());

/** A checklist with `content` (or `src` in attributes), mounted and settled. */
const render = (
  content: unknown = checklist,
  attributes: Record<string, string> = {},
  parent: ParentNode = container,
) => mount('clinic-symptom-checklist', parent, content, attributes, '<a href="/symptoms">Our symptom guide</a>');

const $ = <E extends Element = HTMLElement>(element: SymptomChecklist, selector: string) =>
  element.shadowRoot!.querySelector<E>(selector)!;
const $$ = <E extends Element = HTMLElement>(element: SymptomChecklist, selector: string) => [
  ...element.shadowRoot!.querySelectorAll<E>(selector),
];
const input = (element: SymptomChecklist, id: string, value?: number) =>
  $<HTMLInputElement>(element, `input[name="${id}"]${value === undefined ? '' : `[value="${value}"]`}`);
const summary = (element: SymptomChecklist) => $(element, '[part="summary"]').textContent.replace(/\s+/g, ' ').trim();
const crisis = (element: SymptomChecklist) => element.shadowRoot!.querySelector<HTMLElement>('[part="crisis"]');
const button = (element: SymptomChecklist, text: RegExp) =>
  $$<HTMLButtonElement>(element, 'button').find((b) => text.test(b.textContent))!;
const recommend = (element: SymptomChecklist) => $<HTMLButtonElement>(element, 'button.recommend');
const shown = (element: Element | null) => !!element && element.getBoundingClientRect().height > 0;

/** Ticks (or unticks) boxes with a real click, as a visitor does, and waits for the render. */
async function tick(element: SymptomChecklist, ...ids: string[]) {
  for (const id of ids) input(element, id).click();
  await element.updateComplete;
}

/** Answers items of a scored checklist in order: `values[i]` for the i-th item. */
async function answer(
  element: SymptomChecklist,
  values: number[],
  ids = $$<HTMLInputElement>(element, 'input').map((i) => i.name),
) {
  const items = [...new Set(ids)];
  values.forEach((value, i) => input(element, items[i]!, value).click());
  await element.updateComplete;
}

/** Every `change` and `clinic-checklist-complete` the element dispatches, as a listener on `document` hears them. */
function recordEvents() {
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
class HandOffProbe extends HTMLElement {
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

describe('<clinic-symptom-checklist> renders a checklist', () => {
  it('has a heading, a fieldset and legend per group, native checkboxes, visible labels and hints', async () => {
    const element = await render();
    expect($(element, '[part="title"]').localName).to.equal('h2');
    expect($(element, '[part="title"]').textContent).to.equal(checklist.title);
    expect($(element, '[part="intro"]').textContent).to.equal(checklist.intro);
    const groups = $$(element, 'fieldset[part="group"]');
    expect(groups.map((g) => g.querySelector(':scope > legend')!.textContent)).to.deep.equal(['Body', 'Mood']);
    const boxes = $$<HTMLInputElement>(element, 'input');
    expect(boxes.map((b) => b.type)).to.deep.equal(Array(6).fill('checkbox'));
    expect(boxes.map((b) => b.closest('label')!.textContent.trim())).to.deep.equal([
      'Widespread pain',
      'Stiffness',
      'Fatigue',
      'Persistent sadness',
      'Thoughts of self-harm or suicide',
      'Loss of interest',
    ]);
    for (const box of boxes) expect(shown(box.closest('label')), box.name).to.be.true;
    const hint = element.shadowRoot!.getElementById(input(element, 'pain').getAttribute('aria-describedby')!)!;
    expect(hint.textContent).to.equal('Aches in many areas, for months');
    expect(shown(hint)).to.be.true;
    expect(input(element, 'stiffness').hasAttribute('aria-describedby')).to.be.false;
    expect(summary(element)).to.equal('0 of 5 selected Tick anything that fits.');
    expect($(element, '[part="summary"]').getAttribute('role')).to.equal('status');
    expect($(element, '[part="disclaimer"]').textContent).to.equal(
      'This checklist is not a diagnosis; only a clinician can diagnose.',
    );
    expect(shown($(element, '[part="disclaimer"]'))).to.be.true;
  });

  it('sets the heading from heading and heading-level, and renders markup in content as text', async () => {
    const element = await render(
      {
        ...checklist,
        intro: '<img src=x onerror="window.hacked=1">',
        groups: [{ title: '<b>Body</b>', items: [{ id: 'a', label: '<script>window.hacked=1</script>' }] }],
      },
      { heading: 'How are you, really?', 'heading-level': '3' },
    );
    expect($(element, '[part="title"]').localName).to.equal('h3');
    expect($(element, '[part="title"]').textContent).to.equal('How are you, really?');
    expect(element.shadowRoot!.querySelectorAll('img, script, b').length).to.equal(0);
    expect($(element, 'legend').textContent).to.equal('<b>Body</b>');
    expect((window as { hacked?: number }).hacked).to.be.undefined;
  });

  it('speaks Spanish under lang="es": summary, buttons, disclaimer and crisis resources', async () => {
    container.lang = 'es';
    const element = await render();
    expect(summary(element)).to.match(/^0 de 5 seleccionados/);
    expect($$(element, 'button').map((b) => b.textContent.trim())).to.deep.equal([
      'Hablar con un profesional',
      'Imprimir mi lista',
      'Borrar mis respuestas',
    ]);
    expect($(element, '[part="disclaimer"]').textContent).to.equal(
      'Esta lista no es un diagnóstico; solo un profesional de la salud puede diagnosticar.',
    );
    await tick(element, 'self-harm');
    const links = [...crisis(element)!.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).to.deep.equal([
      ['Llame o envíe un mensaje de texto al 988', 'tel:988'],
      ['Chat en 988lifeline.org/es', 'https://988lifeline.org/es/'],
      ['¿En peligro inmediato? Llame al 911', 'tel:911'],
    ]);
  });

  it('renders the demo content', async () => {
    const element = await render(null, {
      src: '/stories/demo/content/checklists.json',
      checklist: 'fibromyalgia-depression',
    });
    expect(element.status).to.equal('ready');
    expect($$(element, 'input[type="checkbox"]').length).to.equal(10);
    expect($(element, '[part="disclaimer"]').textContent, 'the content’s own disclaimer').to.match(
      /^This checklist is not a diagnosis, and it cannot rule anything out\./,
    );
  });
});

describe('<clinic-symptom-checklist> summary and bands', () => {
  it('counts ticked items live, leaving crisis items out of the count and the total', async () => {
    const element = await render();
    await tick(element, 'pain');
    expect(summary(element)).to.equal('1 of 5 selected Tick anything that fits.');
    await tick(element, 'self-harm');
    expect(summary(element), 'a crisis item is never counted').to.equal('1 of 5 selected Tick anything that fits.');
    await tick(element, 'pain');
    expect(summary(element)).to.equal('0 of 5 selected Tick anything that fits.');
  });

  it('shows the band the count falls in, at each edge, and the recommend button only in a recommend band', async () => {
    const element = await render();
    const expected = [
      [0, 'Tick anything that fits.', false],
      [1, 'Tick anything that fits.', false],
      [2, 'Worth mentioning to a clinician.', false],
      [3, 'Worth mentioning to a clinician.', false],
      [4, 'Worth talking through with a clinician.', true],
      [5, 'Worth talking through with a clinician.', true],
    ] as const;
    const order = ['pain', 'stiffness', 'fatigue', 'sadness', 'interest'];
    for (const [count, message, recommends] of expected) {
      if (count) await tick(element, order[count - 1]!);
      expect(summary(element), `count ${count}`).to.equal(`${count} of 5 selected ${message}`);
      expect(shown(recommend(element)), `button at ${count}`).to.equal(recommends);
    }
    await tick(element, 'self-harm');
    expect(summary(element), 'the crisis item does not move the band').to.equal(
      '5 of 5 selected Worth talking through with a clinician.',
    );
  });

  it('has no band message or button without bands', async () => {
    const element = await render({ ...checklist, bands: undefined });
    await tick(element, 'pain', 'stiffness', 'fatigue', 'sadness');
    expect(summary(element)).to.equal('4 of 5 selected');
    expect(shown(recommend(element))).to.be.false;
  });

  it('uses recommendLabel for the recommend button', async () => {
    const element = await render({ ...checklist, recommendLabel: 'Book a consultation' });
    await tick(element, 'pain', 'stiffness', 'fatigue', 'sadness');
    expect(recommend(element).textContent.trim()).to.equal('Book a consultation');
  });

  it('clears every answer with Clear, crisis notice included', async () => {
    const element = await render();
    await tick(element, 'pain', 'stiffness', 'self-harm');
    button(element, /Clear/).click();
    await element.updateComplete;
    expect($$<HTMLInputElement>(element, 'input').filter((i) => i.checked)).to.have.length(0);
    expect(summary(element)).to.equal('0 of 5 selected Tick anything that fits.');
    expect(crisis(element)).to.equal(null);
  });
});

describe('<clinic-symptom-checklist> keeps the answers', () => {
  it('when an attribute gives the same checklist new words', async () => {
    const element = await render();
    await tick(element, 'pain', 'self-harm');
    element.heading = 'How have you been?';
    await element.updateComplete;
    expect($(element, '[part="title"]').textContent).to.equal('How have you been?');
    expect(input(element, 'pain').checked && input(element, 'self-harm').checked, 'both still ticked').to.be.true;
    expect(summary(element)).to.match(/^1 of 5 selected/);
    expect(crisis(element), 'the crisis resources stay').to.not.equal(null);
  });
});

describe('<clinic-symptom-checklist> events', () => {
  it('dispatches one composed, bubbling change per tick, with the selection and never a crisis item', async () => {
    const element = await render();
    const record = recordEvents();
    try {
      await tick(element, 'pain', 'self-harm', 'fatigue', 'pain');
      button(element, /Clear/).click();
    } finally {
      record.stop();
    }
    expect(record.events.every((e) => e instanceof ClinicChecklistChangeEvent && e.bubbles && e.composed)).to.be.true;
    expect(record.events.every((e) => e.target === element)).to.be.true;
    // Ticking the crisis item dispatches nothing: an event with the same selection would give it away.
    expect(record.details()).to.deep.equal([
      { selected: ['pain'], count: 1 },
      { selected: ['pain', 'fatigue'], count: 2 },
      { selected: ['fatigue'], count: 1 },
      { selected: [], count: 0 },
    ]);
  });

  it('dispatches clinic-checklist-complete on every use of the recommend button, without for', async () => {
    const element = await render();
    await tick(element, 'pain', 'stiffness', 'fatigue', 'sadness', 'self-harm');
    const record = recordEvents();
    try {
      recommend(element).click();
      recommend(element).click();
    } finally {
      record.stop();
    }
    expect(record.events).to.have.length(2);
    expect(record.events[0]).to.be.instanceOf(ClinicChecklistCompleteEvent);
    expect(record.events[0]!.composed && record.events[0]!.bubbles).to.be.true;
    expect(record.details()[1]).to.deep.equal({ selected: ['pain', 'stiffness', 'fatigue', 'sadness'], count: 4 });
  });
});

describe('<clinic-symptom-checklist> keyboard', () => {
  it('is operated with Tab, Space and Enter alone', async () => {
    const before = document.createElement('button');
    before.textContent = 'Before';
    container.append(before);
    const element = await render({ ...checklist, bands: [{ min: 0, message: 'Any.', recommend: true }] });
    const record = recordEvents();
    before.focus();
    const focused = () => {
      const active = element.shadowRoot!.activeElement as HTMLInputElement | null;
      return active ? active.name || active.textContent.trim() : null;
    };
    const walk: (string | null)[] = [];
    for (let i = 0; i < 5; i++) {
      await sendKeys({ press: 'Tab' });
      walk.push(focused());
    }
    expect(walk).to.deep.equal(['pain', 'stiffness', 'fatigue', 'sadness', 'self-harm']);
    // The crisis item, ticked by keyboard, brings links that are reached by keyboard too.
    await sendKeys({ press: ' ' });
    await element.updateComplete;
    expect(input(element, 'self-harm').checked).to.be.true;
    expect(crisis(element)).to.not.equal(null);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: ' ' });
    await element.updateComplete;
    expect(input(element, 'interest').checked).to.be.true;
    expect(summary(element)).to.match(/^1 of 5 selected/);
    const rest: (string | null)[] = [];
    for (let i = 0; i < 4; i++) {
      await sendKeys({ press: 'Tab' });
      rest.push(focused());
    }
    expect(rest).to.deep.equal([
      'Call or text 988',
      'Chat at 988lifeline.org',
      'In immediate danger? Call 911',
      'Talk to a clinician',
    ]);
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal('Clear my answers');
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(summary(element)).to.match(/^0 of 5 selected/);
    record.stop();
    // The crisis item's tick dispatches no change; the other tick and Clear do.
    expect(record.events.map((e) => e.type)).to.deep.equal(['change', 'clinic-checklist-complete', 'change']);
  });

  it('answers a scored item with the arrow keys, as a native radio group', async () => {
    const before = document.createElement('button');
    container.append(before);
    const element = await render(screener);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect((element.shadowRoot!.activeElement as HTMLInputElement).name).to.equal('low');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await element.updateComplete;
    expect(input(element, 'low', 2).checked).to.be.true;
    expect(summary(element)).to.equal('Score 2 · 1 of 3 answered');
  });
});

describe('<clinic-symptom-checklist> crisis notice', () => {
  it('keeps an empty live region, fills it the moment a crisis item is ticked, and keeps it while ticked', async () => {
    const element = await render();
    const region = $(element, '[role="alert"]');
    expect(region.textContent.trim(), 'empty before').to.equal('');
    expect(crisis(element)).to.equal(null);
    await tick(element, 'self-harm');
    expect($(element, '[role="alert"]'), 'the same live region, filled').to.equal(region);
    expect(region.contains(crisis(element))).to.be.true;
    expect(shown(crisis(element))).to.be.true;
    expect(crisis(element)!.querySelector('.heading')!.textContent).to.equal('You don’t have to go through this alone');
    const links = [...crisis(element)!.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).to.deep.equal([
      ['Call or text 988', 'tel:988'],
      ['Chat at 988lifeline.org', 'https://988lifeline.org/'],
      ['In immediate danger? Call 911', 'tel:911'],
    ]);
    // Supportive words only: nothing about risk or means.
    expect(region.textContent).to.not.match(/risk|method|means|kill|die/i);
    await tick(element, 'pain', 'stiffness', 'pain');
    expect(shown(crisis(element)), 'stays while other items change').to.be.true;
    await tick(element, 'self-harm');
    expect(crisis(element), 'gone once unticked').to.equal(null);
    expect($(element, '[role="alert"]')).to.equal(region);
  });

  it('shows the content’s own crisis resources instead of the built-in ones', async () => {
    const own = {
      heading: 'Support is here',
      text: 'Call us any time.',
      actions: [{ label: 'Call Samaritans 116 123', href: 'tel:116123' }],
    };
    const element = await render({ ...checklist, crisis: own });
    await tick(element, 'self-harm');
    expect(crisis(element)!.querySelector('.heading')!.textContent).to.equal('Support is here');
    expect(crisis(element)!.textContent).to.contain('Call us any time.');
    expect([...crisis(element)!.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
      'tel:116123',
    ]);
  });

  it('in scored mode, shows for any answer above 0 on a crisis item, and not for 0', async () => {
    const element = await render(screener);
    await answer(element, [0, 0, 0]);
    expect(crisis(element)).to.equal(null);
    await answer(element, [0, 0, 1]);
    expect(shown(crisis(element))).to.be.true;
    await answer(element, [1, 2, 2]);
    expect(shown(crisis(element))).to.be.true;
    await answer(element, [1, 2, 0]);
    expect(crisis(element)).to.equal(null);
  });
});

describe('<clinic-symptom-checklist> hand-off to the consultation (for="id")', () => {
  let motion: (media: string) => MediaQueryList;
  beforeEach(() => (motion = window.matchMedia));
  afterEach(() => (window.matchMedia = motion));

  it('gives the target the ticked labels (never a crisis item), scrolls to it and focuses it', async () => {
    const target = document.createElement('test-hand-off-target') as HandOffProbe;
    target.id = 'cta-1';
    container.append(target);
    const element = await render(checklist, { for: 'cta-1' });
    await tick(element, 'pain', 'self-harm', 'fatigue', 'sadness', 'interest');
    const record = recordEvents();
    recommend(element).click();
    record.stop();
    expect(target.symptoms).to.deep.equal(['Widespread pain', 'Fatigue', 'Persistent sadness', 'Loss of interest']);
    expect(document.activeElement).to.equal(target);
    expect(target.shadowRoot!.activeElement).to.equal(target.shadowRoot!.querySelector('button'));
    const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    expect(target.scrolls).to.deep.equal([{ behavior: smooth ? 'smooth' : 'auto' }]);
    expect(record.details()).to.deep.equal([{ selected: ['pain', 'fatigue', 'sadness', 'interest'], count: 4 }]);
  });

  it('jumps without smooth scrolling when the visitor asks for reduced motion', async () => {
    window.matchMedia = (query: string) => ({ matches: query.includes('reduce') }) as MediaQueryList;
    const target = document.createElement('test-hand-off-target') as HandOffProbe;
    target.id = 'cta-2';
    container.append(target);
    const element = await render(
      { ...checklist, bands: [{ min: 0, message: 'Any.', recommend: true }] },
      { for: 'cta-2' },
    );
    recommend(element).click();
    expect(target.scrolls).to.deep.equal([{ behavior: 'auto' }]);
  });

  it('finds the target in its own shadow root, and hands off scored answers as "item: answer"', async () => {
    const host = document.createElement('div');
    container.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const target = document.createElement('test-hand-off-target') as HandOffProbe;
    target.id = 'cta-3';
    root.append(target);
    const element = await render(screener, { for: 'cta-3' }, root);
    await answer(element, [2, 0, 1]);
    recommend(element).click();
    expect(target.symptoms).to.deep.equal(['Feeling low: Most days']);
    expect(root.activeElement).to.equal(target);
  });

  it('reports a for that names no element, and still dispatches the event', async () => {
    const element = await render(
      { ...checklist, bands: [{ min: 0, message: 'Any.', recommend: true }] },
      { for: 'nowhere' },
    );
    const console = captureConsoleErrors();
    const errors: ClinicContentErrorEvent[] = [];
    element.addEventListener('clinic-content-error', (e) => errors.push(e));
    const record = recordEvents();
    recommend(element).click();
    record.stop();
    console.restore();
    expect(errors.map((e) => e.detail)).to.deep.equal([
      { kind: 'attribute', message: 'no element with id "nowhere"', source: 'attribute', path: 'for' },
    ]);
    expect(console.lines).to.deep.equal([
      'clinic-symptom-checklist: for: no element with id "nowhere" (from attribute)',
    ]);
    expect(record.events.map((e) => e.type)).to.deep.equal(['clinic-checklist-complete']);
    expect(element.status).to.equal('ready');
  });
});

describe('<clinic-symptom-checklist> scored mode and the PHQ-9 preset', () => {
  it('makes each item a fieldset with a legend and one native radio per response', async () => {
    const element = await render(screener);
    const items = $$(element, 'fieldset[part="item"]');
    expect(items.map((f) => f.querySelector('legend')!.textContent)).to.deep.equal([
      'Feeling low',
      'Feeling tired',
      'Thoughts of hurting yourself',
    ]);
    for (const item of items) {
      expect(
        [...item.querySelectorAll('input')].map((i) => [i.type, i.closest('label')!.textContent.trim()]),
      ).to.deep.equal([
        ['radio', 'Not at all'],
        ['radio', 'Some days'],
        ['radio', 'Most days'],
      ]);
    }
    expect(element.shadowRoot!.getElementById(items[0]!.getAttribute('aria-describedby')!)!.textContent).to.equal(
      'Most of the day',
    );
  });

  it('sums the score, including a crisis item, and shows a band only once every item is answered', async () => {
    const element = await render(screener);
    const record = recordEvents();
    await answer(element, [2, 1]);
    expect(summary(element)).to.equal('Score 3 · 2 of 3 answered');
    expect(shown(recommend(element)), 'no band while answers are missing').to.be.false;
    await answer(element, [2, 1, 2]);
    record.stop();
    expect(summary(element)).to.equal('Score 5 · 3 of 3 answered Higher total.');
    expect(shown(recommend(element))).to.be.true;
    expect(record.details().at(-1), 'the crisis item is in the score on screen, never in an event').to.deep.equal({
      selected: ['low', 'tired'],
      count: 2,
    });
  });

  it('ships the PHQ-9 as published, valid against the schema', async () => {
    const element = await render(null, { src: '/presets/phq-9.json' });
    expect(element.status).to.equal('ready');
    expect($(element, 'fieldset[part="group"] > legend').textContent).to.equal(
      'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
    );
    expect($$(element, 'fieldset[part="item"] > legend').map((l) => l.textContent)).to.deep.equal(PHQ9_ITEMS);
    expect(
      $$<HTMLInputElement>(element, 'input[name="phq9-1"]').map((i) => [
        i.closest('label')!.textContent.trim(),
        i.value,
      ]),
    ).to.deep.equal([
      ['Not at all', '0'],
      ['Several days', '1'],
      ['More than half the days', '2'],
      ['Nearly every day', '3'],
    ]);
    const preset = await getJson<SymptomChecklistContent>('/presets/phq-9.json');
    expect(preset.groups[0]!.items.map((item) => !!item.crisis)).to.deep.equal([
      ...Array<boolean>(8).fill(false),
      true,
    ]);
    expect($(element, '[part="attribution"]').textContent).to.equal(
      'Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational ' +
        'grant from Pfizer Inc. ' +
        'No permission required to reproduce, translate, display or distribute.',
    );
  });

  describe('scores the PHQ-9 as published (0–27, item 9 included)', () => {
    const severity = ['none–minimal', 'mild', 'moderate', 'moderately severe', 'severe'];
    const examples: [string, number[], number, number, number][] = [
      // name, answers to items 1–9, total, severity band, count of non-crisis items above 0
      ['all "Not at all"', [0, 0, 0, 0, 0, 0, 0, 0, 0], 0, 0, 0],
      ['all "Several days"', [1, 1, 1, 1, 1, 1, 1, 1, 1], 9, 1, 8],
      ['all "More than half the days"', [2, 2, 2, 2, 2, 2, 2, 2, 2], 18, 3, 8],
      ['all "Nearly every day"', [3, 3, 3, 3, 3, 3, 3, 3, 3], 27, 4, 8],
      ['mixed', [3, 2, 1, 0, 3, 2, 1, 0, 0], 12, 2, 6],
      ['mixed, item 9 above 0', [0, 0, 1, 0, 0, 2, 0, 1, 1], 5, 1, 3],
      ['edge 4', [3, 1, 0, 0, 0, 0, 0, 0, 0], 4, 0, 2],
      ['edge 5', [3, 2, 0, 0, 0, 0, 0, 0, 0], 5, 1, 2],
      ['edge 9', [3, 3, 3, 0, 0, 0, 0, 0, 0], 9, 1, 3],
      ['edge 10', [3, 3, 3, 1, 0, 0, 0, 0, 0], 10, 2, 4],
      ['edge 14', [3, 3, 3, 3, 2, 0, 0, 0, 0], 14, 2, 5],
      ['edge 15', [3, 3, 3, 3, 3, 0, 0, 0, 0], 15, 3, 5],
      ['edge 19', [3, 3, 3, 3, 3, 3, 1, 0, 0], 19, 3, 7],
      ['edge 20', [3, 3, 3, 3, 3, 3, 2, 0, 0], 20, 4, 7],
    ];
    for (const [name, values, total, band, count] of examples) {
      it(`${name}: ${total}, ${severity[band]}`, async () => {
        const element = await render(null, { src: '/presets/phq-9.json' });
        const record = recordEvents();
        await answer(element, values);
        record.stop();
        expect(summary(element)).to.match(
          new RegExp(`^Score ${total} · 9 of 9 answered A total of .* calls ${severity[band]}\\.`),
        );
        expect(shown(recommend(element)), 'recommended from 10').to.equal(total >= 10);
        expect(!!crisis(element), 'crisis resources when item 9 is above 0').to.equal(values[8]! > 0);
        const last = record.details().at(-1)!;
        expect(last, 'no score in events: it would tell the answer to item 9').to.not.have.property('score');
        expect(last.count).to.equal(count);
        expect(last.selected).to.not.include('phq9-9');
      });
    }
  });
});

describe('<clinic-symptom-checklist> print', () => {
  /**
   * Print media, emulated where the runner can (Chromium, over CDP); in Firefox (WebDriver BiDi) and
   * WebKit (WebDriver) it cannot, so there the element's own @media print rules are applied as they are.
   */
  async function printMedia(element: SymptomChecklist) {
    if (navigator.userAgent.includes('Chrome/')) {
      await emulateMedia({ media: 'print' });
      return async () => emulateMedia({ media: 'screen' });
    } else {
      const root = element.shadowRoot!;
      const rules = root.adoptedStyleSheets
        .flatMap((sheet) => [...sheet.cssRules])
        .filter((r) => r instanceof CSSMediaRule && r.media.mediaText == 'print');
      expect(rules, 'the element has print rules').to.have.length(1);
      const sheet = new CSSStyleSheet();
      sheet.replaceSync([...(rules[0] as CSSMediaRule).cssRules].map((r) => r.cssText).join('\n'));
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      return () => (root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet));
    }
  }

  it('prints with window.print(), showing the ticked items and no buttons', async () => {
    const element = await render();
    const print = window.print;
    let printed = 0;
    window.print = () => printed++;
    try {
      button(element, /Print my list/).click();
    } finally {
      window.print = print;
    }
    expect(printed).to.equal(1);

    await tick(element, 'pain', 'fatigue');
    const undo = await printMedia(element);
    try {
      expect($$(element, 'button').some(shown), 'no buttons on paper').to.be.false;
      expect(
        $$<HTMLInputElement>(element, 'input')
          .filter((i) => shown(i.closest('.item')))
          .map((i) => i.name),
      ).to.deep.equal(['pain', 'fatigue']);
      expect(shown($$(element, 'fieldset[part="group"]')[1]!), 'a group with nothing ticked').to.be.false;
      expect(shown($(element, '[part="disclaimer"]'))).to.be.true;
    } finally {
      await undo();
    }
    expect(shown(button(element, /Print my list/)), 'back on screen').to.be.true;
  });

  it('prints every answer of a scored checklist, with only the chosen response', async () => {
    const element = await render(screener);
    await answer(element, [0, 2, 1]);
    const undo = await printMedia(element);
    try {
      expect(
        $$<HTMLInputElement>(element, 'input')
          .filter((i) => shown(i.closest('label')))
          .map((i) => `${i.name}=${i.value}`),
      ).to.deep.equal(['low=0', 'tired=2', 'dark=1']);
    } finally {
      await undo();
    }
  });
});

describe('<clinic-symptom-checklist> privacy', () => {
  const page = window as { dataLayer?: unknown[] };
  beforeEach(() => delete page.dataLayer);
  afterEach(() => delete page.dataLayer);

  /** Ticks everything, crisis item included, and uses every button (printing stubbed). */
  async function useEverything(
    element: SymptomChecklist,
    ids = ['pain', 'stiffness', 'fatigue', 'sadness', 'interest', 'self-harm'],
  ) {
    await tick(element, ...ids);
    const print = window.print;
    window.print = () => {};
    try {
      recommend(element).click();
      button(element, /Print/).click();
    } finally {
      window.print = print;
    }
    button(element, /Clear/).click();
    await element.updateComplete;
  }

  it('leaves window.dataLayer alone by default: not even created', async () => {
    const target = document.createElement('test-hand-off-target');
    target.id = 'cta-p';
    container.append(target);
    await useEverything(await render(checklist, { for: 'cta-p' }));
    expect('dataLayer' in window).to.be.false;
  });

  it('with analytics="datalayer", pushes only the generic event, once per use of the recommend button', async () => {
    page.dataLayer = [{ event: 'page_view' }];
    const element = await render(checklist, { analytics: 'datalayer' });
    await useEverything(element);
    await tick(element, 'pain', 'stiffness', 'fatigue', 'sadness', 'self-harm');
    recommend(element).click();
    expect(page.dataLayer).to.deep.equal([
      { event: 'page_view' },
      { event: 'clinic_checklist_completed' },
      { event: 'clinic_checklist_completed' },
    ]);
    expect(JSON.stringify(page.dataLayer)).to.not.match(/pain|stiffness|self-harm|Widespread|count|score|selected|\d/);
  });

  it('with analytics="datalayer" in scored mode, still no score or answers', async () => {
    const element = await render(screener, { analytics: 'datalayer' });
    await answer(element, [2, 2, 2]);
    recommend(element).click();
    expect(page.dataLayer).to.deep.equal([{ event: 'clinic_checklist_completed' }]);
  });

  it('requests nothing but its content, whatever the visitor does', async () => {
    const key = uniqueKey('checklist');
    const src = `/fault/json?file=stories/demo/content/checklists.json&key=${key}`;
    performance.clearResourceTimings();
    const element = await render(null, {
      src,
      checklist: 'fibromyalgia-depression',
      analytics: 'datalayer',
      persist: '',
    });
    await useEverything(element, ['widespread-pain', 'stiffness', 'fatigue', 'self-harm']);
    await timeForWhatMustNotHappen(); // a request sent by any of those clicks would have been answered by now
    const requested = performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname + new URL(entry.name).search);
    expect(requested).to.deep.equal([src]);
    expect(await serverCount(key)).to.deep.equal({ requests: 1, aborted: 0 });
  });
});

describe('<clinic-symptom-checklist> persist', () => {
  const key = 'clinic-symptom-checklist:fibro-depression';
  beforeEach(() => sessionStorage.clear());
  afterEach(() => sessionStorage.clear());

  /** Every call to Storage methods (session and local) while `run` runs. */
  async function storageCalls(run: () => Promise<void>) {
    const calls: string[] = [];
    const proto = Storage.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
    const names = ['getItem', 'setItem', 'removeItem', 'clear', 'key'];
    const originals = names.map((name) => proto[name]!);
    names.forEach((name, i) => {
      proto[name] = function (this: Storage, ...args: unknown[]) {
        calls.push(`${this === sessionStorage ? 'session' : 'local'}.${name}`);
        return originals[i]!.apply(this, args);
      };
    });
    try {
      await run();
    } finally {
      names.forEach((name, i) => (proto[name] = originals[i]!));
    }
    return calls;
  }

  it('stores nothing without persist', async () => {
    const local = localStorage.length;
    const calls = await storageCalls(async () => {
      const element = await render();
      await tick(element, 'pain', 'self-harm');
      button(element, /Clear/).click();
    });
    expect(calls).to.deep.equal([]);
    expect(sessionStorage.length).to.equal(0);
    expect(localStorage.length).to.equal(local);
  });

  it('with persist, keeps answers (no crisis answer) in sessionStorage, restores them; Clear drops them', async () => {
    const local = localStorage.length;
    const first = await render(checklist, { persist: '' });
    await tick(first, 'pain', 'fatigue', 'self-harm');
    expect(JSON.parse(sessionStorage.getItem(key)!)).to.deep.equal({ pain: 1, fatigue: 1 });
    expect(localStorage.length).to.equal(local);
    first.remove();

    const record = recordEvents();
    const again = await render(checklist, { persist: '' });
    record.stop();
    expect(
      $$<HTMLInputElement>(again, 'input')
        .filter((i) => i.checked)
        .map((i) => i.name),
    ).to.deep.equal(['pain', 'fatigue']);
    expect(summary(again)).to.equal('2 of 5 selected Worth mentioning to a clinician.');
    expect(crisis(again), 'a crisis answer is not kept').to.equal(null);
    expect(record.events, 'restoring is not a change by the visitor').to.have.length(0);

    button(again, /Clear/).click();
    expect(sessionStorage.getItem(key)).to.equal(null);
  });

  it('restores scored answers, and ignores a damaged entry or answers the content does not have', async () => {
    const first = await render(screener, { persist: '' });
    await answer(first, [2, 0, 1]);
    first.remove();
    const again = await render(screener, { persist: '' });
    expect(summary(again), 'the crisis item is answered again').to.equal('Score 2 · 2 of 3 answered');

    sessionStorage.setItem(
      'clinic-symptom-checklist:screener',
      JSON.stringify({ low: 7, tired: 'x', gone: 1, dark: 0 }),
    );
    expect(summary(await render(screener, { persist: '' }))).to.equal('Score 0 · 1 of 3 answered');
    sessionStorage.setItem('clinic-symptom-checklist:screener', '{broken');
    expect(summary(await render(screener, { persist: '' }))).to.equal('Score 0 · 0 of 3 answered');
  });
});

describe('<clinic-symptom-checklist> bad content', () => {
  let console: ReturnType<typeof captureConsoleErrors>;
  beforeEach(() => (console = captureConsoleErrors()));
  afterEach(() => console.restore());

  const group = (items: unknown[], title = 'Body') => ({ title, items });
  const cases: [string, unknown, string, string][] = [
    [
      'duplicate item ids across groups',
      {
        ...checklist,
        groups: [
          group([{ id: 'a', label: 'A' }]),
          group(
            [
              { id: 'b', label: 'B' },
              { id: 'a', label: 'A again' },
            ],
            'Mood',
          ),
        ],
      },
      'groups[1].items[1].id',
      'duplicate id "a": each id must be used once',
    ],
    ['an empty group', { ...checklist, groups: [group([])] }, 'groups[0].items', 'needs at least 1'],
    ['no groups', { ...checklist, groups: [] }, 'groups', 'needs at least 1'],
    [
      'a band with no message',
      { ...checklist, bands: [{ min: 0, message: 'ok' }, { min: 2 }] },
      'bands[1].message',
      'is required',
    ],
    [
      'a band with an empty message',
      { ...checklist, bands: [{ min: 0, message: ' ' }] },
      'bands[0].message',
      'must not be empty',
    ],
    [
      'bands not starting at 0',
      { ...checklist, bands: [{ min: 1, message: 'a' }] },
      'bands[0].min',
      'the first band must start at 0',
    ],
    [
      'bands not ascending',
      {
        ...checklist,
        bands: [
          { min: 0, message: 'a' },
          { min: 3, message: 'b' },
          { min: 3, message: 'c' },
        ],
      },
      'bands[2].min',
      'must be more than the band before (3)',
    ],
    ['a negative band', { ...checklist, bands: [{ min: -1, message: 'a' }] }, 'bands[0].min', 'expected 0 or more'],
    [
      'a response without a value',
      { ...screener, responses: [{ label: 'No', value: 0 }, { label: 'Yes' }] },
      'responses[1].value',
      'is required',
    ],
    [
      'two responses with one value',
      {
        ...screener,
        responses: [
          { label: 'No', value: 0 },
          { label: 'Yes', value: 0 },
        ],
      },
      'responses[1].value',
      'duplicate value 0',
    ],
    [
      'a value that is not a whole number',
      {
        ...screener,
        responses: [
          { label: 'No', value: 0 },
          { label: 'Yes', value: '1' },
        ],
      },
      'responses[1].value',
      'expected a whole number, got "1"',
    ],
    [
      'crisis as a string',
      { ...checklist, groups: [group([{ id: 'a', label: 'A', crisis: 'yes' }])] },
      'groups[0].items[0].crisis',
      'expected true or false, got "yes"',
    ],
    [
      'a label that is a number',
      { ...checklist, groups: [group([{ id: 'a', label: 5 }])] },
      'groups[0].items[0].label',
      'expected a string, got 5',
    ],
    [
      'an item without an id',
      { ...checklist, groups: [group([{ label: 'A' }])] },
      'groups[0].items[0].id',
      'is required',
    ],
    ['groups as an object', { ...checklist, groups: { title: 'Body' } }, 'groups', 'expected a list, got an object'],
    ['a misspelt field', { ...checklist, disclaimor: 'x' }, 'disclaimor', 'unknown field (check its spelling)'],
    [
      'an unsafe crisis link',
      { ...checklist, crisis: { heading: 'Help', actions: [{ label: 'Help', href: 'javascript:alert(1)' }] } },
      'crisis.actions[0].href',
      'unsafe URL removed: only http, https, mailto, tel and relative URLs are allowed',
    ],
    [
      'crisis resources without an action',
      { ...checklist, crisis: { heading: 'Help', actions: [] } },
      'crisis.actions',
      'needs at least 1',
    ],
  ];
  for (const [name, content, path, message] of cases) {
    it(`reports ${name} at ${path}`, async () => {
      const element = document.createElement('clinic-symptom-checklist');
      element.innerHTML = '<a href="/symptoms">Our symptom guide</a>';
      element.content = content as SymptomChecklistContent;
      container.append(element);
      const { detail } = await contentError(element);
      expect(detail).to.deep.equal({ kind: 'schema', path, message, status: undefined, source: 'content property' });
      expect(console.lines).to.deep.equal([`clinic-symptom-checklist: ${path}: ${message} (from content property)`]);
      expect(element.shadowRoot!.querySelector('input, button'), 'nothing to tick').to.equal(null);
      expect(shown(element.querySelector('a')), 'the fallback stays visible').to.be.true;
    });
  }

  it('names the entry of a collection and the file', async () => {
    const element = document.createElement('clinic-symptom-checklist');
    element.setAttribute('src', '/test/fixtures/checklists.json');
    element.setAttribute('checklist', 'duplicate');
    container.append(element);
    const { detail } = await contentError(element);
    expect(detail.path).to.equal('checklists[1].groups[1].items[1].id');
    expect(console.lines).to.deep.equal([
      'clinic-symptom-checklist: checklists[1].groups[1].items[1].id: duplicate id "pain": each id must be used ' +
        'once (from /test/fixtures/checklists.json)',
    ]);
  });
});

describe('<clinic-symptom-checklist> accessibility (axe, WCAG 2.2 AA)', () => {
  it('is clean with the crisis notice hidden and shown, and with the recommend button', async () => {
    const element = await render();
    expect(await axeViolations(element)).to.deep.equal([]);
    await tick(element, 'self-harm');
    expect(shown(crisis(element))).to.be.true;
    expect(await axeViolations(element)).to.deep.equal([]);
    await tick(element, 'pain', 'stiffness', 'fatigue', 'sadness');
    expect(shown(recommend(element))).to.be.true;
    expect(await axeViolations(element)).to.deep.equal([]);
    await tick(element, 'self-harm');
    expect(await axeViolations(element)).to.deep.equal([]);
  });

  it('is clean in scored mode, with the PHQ-9 answered, in Spanish, and with a light accent', async () => {
    const phq9 = await render(null, { src: '/presets/phq-9.json', accent: '#f2c14e' });
    await answer(phq9, [3, 3, 3, 3, 3, 3, 3, 3, 3]);
    expect(await axeViolations(phq9)).to.deep.equal([]);
    container.lang = 'es';
    const spanish = await render();
    await tick(spanish, 'self-harm');
    expect(await axeViolations(spanish)).to.deep.equal([]);
  });

  it('is clean while loading and on error, with the fallback shown', async () => {
    const loading = document.createElement('clinic-symptom-checklist');
    loading.setAttribute('src', `/fault/json?file=stories/demo/content/checklists.json&key=${uniqueKey()}&delay=2000`);
    loading.setAttribute('checklist', 'fibromyalgia-depression');
    loading.innerHTML = '<a href="/symptoms">Our symptom guide</a>';
    container.append(loading);
    await loading.updateComplete;
    expect(loading.status).to.equal('loading');
    expect(await axeViolations(container)).to.deep.equal([]);
    loading.remove();
    const console = captureConsoleErrors();
    const broken = await render({ title: 5 });
    console.restore();
    expect(broken.status).to.equal('error');
    expect(await axeViolations(container)).to.deep.equal([]);
  });
});
