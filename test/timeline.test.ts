/**
 * <clinic-timeline>: the steps as an ordered list a screen reader reads once, where the visitor is,
 * the layouts at phone and desktop widths, the disclosure by keyboard, the icons, and bad content.
 */
import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import '../src/timeline.js';
import { icons } from '../src/components/timeline/icons.js';
import type { Timeline } from '../src/components/timeline/timeline.js';
import type { TimelineContent } from '../src/components/timeline/timeline.schema.js';
import type { ClinicContentErrorEvent } from '../src/content/events.js';
import { axeViolations } from './helpers/axe.js';
import { captureConsoleErrors, contentError, mount, settled, uniqueKey } from './helpers/elements.js';

const timeline: TimelineContent = {
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

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  container.style.width = '640px';
  document.body.append(container);
});
afterEach(() => container.remove());

/** A timeline with `content`, mounted and rendered (loaded or failed). */
const render = (content: unknown = timeline, attributes: Record<string, string> = {}, parent = container) =>
  mount(
    'clinic-timeline',
    parent,
    content,
    attributes,
    '<a class="fallback" href="/what-to-expect">What to expect</a>',
  );
const all = (element: Timeline, selector: string) => [...element.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const part = (element: Timeline, name: string) => element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const steps = (element: Timeline) => all(element, '[part="steps"] > li');
const text = (node: Element) => node.textContent.replace(/\s+/g, ' ').trim();
const visible = (node: Element) => node.getBoundingClientRect().height > 0;
/** What a step says about where the visitor is: the visible words, or '' when it says nothing. */
const stateOf = (step: Element) => {
  const state = step.querySelector('.state')!;
  return visible(state) ? text(state) : '';
};

describe('<clinic-timeline> structure', () => {
  it('is a heading, then an ordered list of steps, each with a heading one level below', async () => {
    const element = await render();
    const title = part(element, 'title');
    expect(title.localName).to.equal('h2');
    expect(text(title)).to.equal('What to expect');
    expect(text(part(element, 'intro'))).to.equal(timeline.intro);
    const list = part(element, 'steps');
    expect(list.localName).to.equal('ol');
    expect(list.parentElement!.previousElementSibling, 'the list follows the intro').to.equal(part(element, 'intro'));
    const items = steps(element);
    expect(items.map((li) => li.localName)).to.deep.equal(['li', 'li', 'li', 'li', 'li']);
    expect(items.every((li) => li.getAttribute('part') == 'step')).to.be.true;
    const headings = items.map((li) => li.querySelector('[part="step-title"]')!);
    expect(headings.map((h) => h.localName)).to.deep.equal(['h3', 'h3', 'h3', 'h3', 'h3']);
    expect(headings.map(text)).to.deep.equal(timeline.steps.map((step) => step.title));
    expect(text(items[0]!.querySelector('[part="description"]')!)).to.equal(timeline.steps[0]!.description);
    expect(text(items[2]!.querySelector('[part="meta"]')!)).to.equal('About 40 minutes to an hour each');
    expect(visible(items[1]!.querySelector('[part="meta"]')!), 'no duration, no state: no meta line').to.be.false;
    expect(visible(items[1]!.querySelector('[part="description"]')!)).to.be.false;
  });

  it('shows each number once: the list markers are hidden, the number is text', async () => {
    const element = await render();
    expect(getComputedStyle(part(element, 'steps')).listStyleType).to.equal('none');
    expect(getComputedStyle(steps(element)[0]!, '::marker').content).to.be.oneOf(['none', 'normal', '']);
    const numbers = steps(element).map((li) => li.querySelector('[part="number"]')!);
    expect(numbers.map(text)).to.deep.equal(['1', '2', '3', '4', '5']);
    expect(
      numbers.some((n) => n.closest('[aria-hidden]')),
      'numbers are read',
    ).to.be.false;
    expect(part(element, 'steps').getAttribute('role'), 'keeps its list role where list-style is none').to.equal(
      'list',
    );
  });

  it('sets the heading levels from heading-level, steps one below, capped at h6', async () => {
    const levels = async (level: string) => {
      const element = await render(timeline, { 'heading-level': level });
      return [
        part(element, 'title').localName,
        part(element, 'step-title').localName,
        part(element, 'note-title').localName,
      ];
    };
    expect(await levels('4')).to.deep.equal(['h4', 'h5', 'h5']);
    expect(await levels('1')).to.deep.equal(['h1', 'h2', 'h2']);
    expect(await levels('6')).to.deep.equal(['h6', 'h6', 'h6']);
    expect(await levels('0')).to.deep.equal(['h2', 'h3', 'h3']);
  });

  it('takes its heading from the heading attribute, over the content', async () => {
    expect(text(part(await render(timeline, { heading: 'Your visit, step by step' }), 'title'))).to.equal(
      'Your visit, step by step',
    );
  });

  it('puts the notes after the steps, as a callout with a heading where a note has a title', async () => {
    const element = await render();
    const notes = part(element, 'notes');
    expect(part(element, 'steps').compareDocumentPosition(notes) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(
      0,
    );
    expect(notes.children).to.have.length(2);
    expect(text(notes.children[0]!.querySelector('h3')!)).to.equal('After each session');
    expect(text(notes.children[0]!.querySelector('p')!)).to.equal(
      'Have a designated driver or support person with you.',
    );
    expect(notes.children[1]!.querySelector('h3'), 'no title, no heading').to.be.null;
    expect(text(notes.children[1]!)).to.equal('Follow the post-treatment care instructions.');
    expect(getComputedStyle(notes.children[0]!).backgroundColor, 'tinted').not.to.equal(
      getComputedStyle(element).backgroundColor,
    );
    const without = await render({ ...timeline, notes: undefined });
    expect(part(without, 'notes')).to.be.null;
  });

  it('renders markup in content as text', async () => {
    const element = await render({
      ...timeline,
      title: '<img src=x onerror="window.hacked=1">',
      steps: [{ title: '<b>bold</b>', description: '<script>window.hacked=1</script>', details: ['<i>x</i>'] }],
      notes: [{ title: '<u>u</u>', text: '<em>e</em>' }],
    });
    expect(all(element, 'img, script, b, i, u, em')).to.have.length(0);
    expect(text(part(element, 'step-title'))).to.equal('<b>bold</b>');
    expect((window as { hacked?: number }).hacked).to.be.undefined;
  });

  it('loads a timeline from a collection with timeline="id", and reports an id that is not there', async () => {
    const element = document.createElement('clinic-timeline');
    element.setAttribute('src', '/test/fixtures/timelines.json');
    element.setAttribute('timeline', 'short');
    container.append(element);
    expect((await settled(element)).type).to.equal('clinic-content-load');
    expect(steps(element).map(text)).to.deep.equal(['1 Call us', '2 Come in About an hour']);

    const console = captureConsoleErrors();
    element.setAttribute('timeline', 'nope');
    const { detail } = await contentError(element);
    console.restore();
    expect(detail).to.deep.include({ kind: 'entry', path: 'timeline', source: '/test/fixtures/timelines.json' });
    expect(detail.message).to.equal('no entry with id "nope" in timelines (found: "short", "broken")');
  });

  it('renders the demo content', async () => {
    const element = document.createElement('clinic-timeline');
    element.setAttribute('src', '/stories/demo/content/timelines.json');
    element.setAttribute('timeline', 'ketamine-infusion');
    container.append(element);
    expect((await settled(element)).type).to.equal('clinic-content-load');
    expect(steps(element)).to.have.length(5);
  });
});

describe('<clinic-timeline> current step', () => {
  it('marks the step named by id, and says in words which steps are done and which come next', async () => {
    const element = await render(timeline, { current: 'infusion' });
    const items = steps(element);
    expect(items.map((li) => li.getAttribute('aria-current'))).to.deep.equal([null, null, 'step', null, null]);
    expect(items.map(stateOf)).to.deep.equal(['Done', 'Done', 'Current step', 'Upcoming', 'Upcoming']);
    expect(text(items[2]!.querySelector('[part="meta"]')!)).to.equal('Current step About 40 minutes to an hour each');
    const number = (i: number) => getComputedStyle(items[i]!.querySelector('[part="number"]')!);
    expect(number(2).outlineStyle, 'the current step has its own look').to.equal('solid');
    expect(number(1).outlineStyle).to.equal('none');
    expect(number(1).backgroundColor, 'done and upcoming differ').not.to.equal(number(3).backgroundColor);
  });

  it('takes a number from 1, and follows changes', async () => {
    const element = await render(timeline, { current: '1' });
    expect(steps(element).map(stateOf)).to.deep.equal(['Current step', 'Upcoming', 'Upcoming', 'Upcoming', 'Upcoming']);
    element.current = 5;
    await element.updateComplete;
    expect(steps(element).map(stateOf)).to.deep.equal(['Done', 'Done', 'Done', 'Done', 'Current step']);
    expect(steps(element)[4]!.getAttribute('aria-current')).to.equal('step');
    element.removeAttribute('current');
    await element.updateComplete;
    expect(steps(element).map(stateOf), 'no current step, no words').to.deep.equal(['', '', '', '', '']);
    expect(all(element, '[aria-current]')).to.have.length(0);
  });

  it('speaks Spanish under lang="es"', async () => {
    container.lang = 'es-MX';
    const element = await render(timeline, { current: 'plan' });
    expect(steps(element).map(stateOf)).to.deep.equal([
      'Completado',
      'Paso actual',
      'Pendiente',
      'Pendiente',
      'Pendiente',
    ]);
    expect(text(element.shadowRoot!.querySelector('summary')!)).to.equal('Detalles');
  });

  describe('an unknown one', () => {
    let console: ReturnType<typeof captureConsoleErrors>;
    beforeEach(() => (console = captureConsoleErrors()));
    afterEach(() => console.restore());

    for (const [current, ids] of [
      ['nope', true],
      ['0', true],
      ['6', true],
      ['2', false],
    ] as const) {
      const which = ids ? '' : ' (steps without ids)';
      it(`"${current}" is a content error naming the ids and numbers, and the steps still show${which}`, async () => {
        const content = ids ? timeline : { ...timeline, steps: [{ title: 'One' }] };
        const element = document.createElement('clinic-timeline');
        element.setAttribute('current', current);
        element.content = content;
        const errors: ClinicContentErrorEvent[] = [];
        element.addEventListener('clinic-content-error', (e) => errors.push(e));
        const loaded = settled(element);
        container.append(element);
        expect((await loaded).type, 'the content itself is fine').to.equal('clinic-content-load');
        await element.updateComplete;
        const message = ids
          ? `no step "${current}": use an id ("assessment", "plan", "infusion", "follow-up", "therapies") ` +
            'or a number from 1 to 5'
          : `no step "${current}": use a number from 1 to 1`;
        expect(errors.map((e) => e.detail)).to.deep.equal([
          { kind: 'attribute', message, source: 'attribute', path: 'current' },
        ]);
        expect(console.lines).to.deep.equal([`clinic-timeline: current: ${message} (from attribute)`]);
        expect(element.status).to.equal('ready');
        expect(steps(element)).to.have.length(content.steps.length);
        expect(all(element, '[aria-current]')).to.have.length(0);
        expect(
          steps(element)
            .map(stateOf)
            .every((state) => state == ''),
        ).to.be.true;

        element.layout = 'horizontal'; // renders again: the same mistake is not told twice
        await element.updateComplete;
        expect(errors).to.have.length(1);
        element.current = 1;
        await element.updateComplete;
        element.current = current;
        await element.updateComplete;
        expect(errors, 'told again once it comes back').to.have.length(2);
      });
    }
  });
});

describe('<clinic-timeline> layout', () => {
  const boxes = (element: Timeline) => steps(element).map((li) => li.getBoundingClientRect());
  const sideBySide = (element: Timeline) => {
    const [a, b] = boxes(element);
    return Math.abs(a!.top - b!.top) < 1 && b!.left >= a!.right;
  };
  const stacked = (element: Timeline) => boxes(element).every((box, i, list) => !i || box.top >= list[i - 1]!.bottom);
  const noSidewaysScroll = (element: Timeline) => {
    for (const box of [element, ...all(element, '.frame, ol')]) {
      expect(box.scrollWidth, box.className || box.localName).to.be.at.most(box.clientWidth);
    }
    const right = container.getBoundingClientRect().right + 0.5;
    for (const box of [element, ...all(element, '*')])
      expect(box.getBoundingClientRect().right, box.localName).to.be.at.most(right);
  };

  for (const layout of ['vertical', 'horizontal', 'auto']) {
    it(`${layout}: one step under another at 320 px, without sideways scrolling`, async () => {
      container.style.width = '320px';
      const element = await render(timeline, { layout, current: 'infusion' });
      expect(stacked(element)).to.be.true;
      noSidewaysScroll(element);
      // The number's circle sits beside the heading, not above it.
      const [first] = steps(element);
      const number = first!.querySelector('[part="number"]')!.getBoundingClientRect();
      expect(number.right).to.be.at.most(first!.querySelector('[part="step-title"]')!.getBoundingClientRect().left);
    });
  }

  it('wide (1000 px): horizontal and auto side by side, vertical one under another', async () => {
    container.style.width = '1000px';
    expect(sideBySide(await render(timeline, { layout: 'horizontal' }))).to.be.true;
    expect(sideBySide(await render(timeline, { layout: 'auto' }))).to.be.true;
    const vertical = await render(timeline);
    expect(stacked(vertical)).to.be.true;
    noSidewaysScroll(vertical);
  });

  it('in between (640 px): horizontal side by side, auto waits for more room', async () => {
    const horizontal = await render(timeline, { layout: 'horizontal' });
    expect(sideBySide(horizontal)).to.be.true;
    noSidewaysScroll(horizontal);
    expect(stacked(await render(timeline, { layout: 'auto' }))).to.be.true;
  });

  it('follows its own width, not the window’s: it folds when its container narrows', async () => {
    container.style.width = '1000px';
    const element = await render(timeline, { layout: 'horizontal' });
    expect(sideBySide(element)).to.be.true;
    container.style.width = '320px';
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(stacked(element)).to.be.true;
    noSidewaysScroll(element);
  });

  it('takes the free room in a flex row rather than collapsing', async () => {
    container.style.cssText = 'width: 1000px; display: flex; gap: 20px';
    const aside = document.createElement('div');
    aside.style.width = '200px';
    aside.textContent = 'Beside';
    container.append(aside);
    const element = await render(timeline, { layout: 'auto' });
    expect(element.getBoundingClientRect().width).to.be.closeTo(780, 1);
  });

  it('mirrors in a right-to-left page', async () => {
    container.dir = 'rtl';
    const [first] = steps(await render());
    const number = first!.querySelector('[part="number"]')!.getBoundingClientRect();
    expect(number.right).to.be.closeTo(first!.getBoundingClientRect().right, 0.5);
    container.style.width = '1000px';
    const [a, b] = boxes(await render(timeline, { layout: 'horizontal' }));
    expect(b!.right).to.be.at.most(a!.left);
  });

  it('ignores a layout it does not know, and stays vertical', async () => {
    container.style.width = '1000px';
    expect(stacked(await render(timeline, { layout: 'sideways' }))).to.be.true;
  });
});

describe('<clinic-timeline> details', () => {
  it('are closed at first, and open and close from the keyboard', async () => {
    const element = await render();
    const details = steps(element)[0]!.querySelector('details')!;
    expect(details.getAttribute('part')).to.equal('details');
    expect(details.open).to.be.false;
    expect(text(details.querySelector('summary')!)).to.equal('Details');
    expect(details.querySelector('ul')!.checkVisibility()).to.be.false;
    expect([...details.querySelectorAll('li')].map(text)).to.deep.equal([
      'Medical history',
      'Current symptoms',
      'Treatment goals',
    ]);
    expect(steps(element)[1]!.querySelector('details'), 'no details, no disclosure').to.be.null;

    const summary = details.querySelector('summary')!;
    summary.focus();
    expect(element.shadowRoot!.activeElement).to.equal(summary);
    await sendKeys({ press: 'Enter' });
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(details.open, 'Enter opens').to.be.true;
    expect(details.querySelector('ul')!.checkVisibility()).to.be.true;
    await sendKeys({ press: ' ' });
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(details.open, 'Space closes').to.be.false;
    expect(summary.getBoundingClientRect().height, 'a target of 24 px or more').to.be.at.least(24);
  });

  it('keep the browser’s own marker, and nothing moves unless motion is welcome', async () => {
    const element = await render();
    expect(getComputedStyle(element.shadowRoot!.querySelector('summary')!).display, 'the native triangle').to.equal(
      'list-item',
    );
    const moving: string[] = [];
    const walk = (rules: CSSRuleList, welcome: boolean) => {
      for (const rule of rules) {
        if (rule instanceof CSSMediaRule)
          walk(rule.cssRules, welcome || /prefers-reduced-motion:\s*no-preference/.test(rule.conditionText));
        else if (rule instanceof CSSContainerRule) walk(rule.cssRules, welcome);
        else if (rule instanceof CSSStyleRule && /transition|animation/.test(rule.style.cssText) && !welcome)
          moving.push(rule.cssText);
      }
    };
    const sheets = element.shadowRoot!.adoptedStyleSheets;
    expect(sheets.length).to.be.at.least(3);
    for (const sheet of sheets) walk(sheet.cssRules, false);
    expect(moving).to.deep.equal([]);
  });
});

describe('<clinic-timeline> icons', () => {
  it('draws a built-in icon by name, hidden from screen readers, in the text colour and size', async () => {
    const element = await render();
    const [first, second] = steps(element);
    const svg = first!.querySelector('svg')!;
    expect(svg.getAttribute('part')).to.equal('icon');
    expect(svg.getAttribute('aria-hidden')).to.equal('true');
    expect(svg.querySelector('path')!.getAttribute('d')).to.equal(icons.clipboard);
    expect(second!.querySelector('path')!.getAttribute('d')).to.equal(icons.calendar);
    // currentColor: the text colour, which forced-colours mode sets (CanvasText), so the icon shows there too.
    expect(getComputedStyle(svg).stroke).to.equal(getComputedStyle(svg).color);
    expect(getComputedStyle(svg).fill).to.equal('none');
    const size = svg.getBoundingClientRect().width;
    element.style.setProperty('--clinic-font-size', '32px');
    expect(svg.getBoundingClientRect().width).to.be.closeTo(size * 2, 0.5);
  });

  it('knows every name of the issue, "assessment" and "clipboard" alike', async () => {
    const names = [
      'assessment',
      'clipboard',
      'infusion',
      'monitoring',
      'follow-up',
      'therapy',
      'home',
      'calendar',
      'phone',
      'car',
    ];
    const element = await render({ ...timeline, steps: names.map((icon) => ({ title: icon, icon })) });
    const drawn = steps(element).map((li) => li.querySelector('path')!.getAttribute('d'));
    expect(drawn).to.deep.equal(names.map((name) => icons[name]));
    expect(drawn[0]).to.equal(drawn[1]);
    expect(new Set(drawn).size).to.equal(names.length - 1);
  });

  it('shows an image for an icon URL, as decoration', async () => {
    const element = await render({
      ...timeline,
      steps: [
        { title: 'A', icon: '/test/fixtures/pixel.svg' },
        { title: 'B', icon: 'https://clinic.example/icons/car.png' },
        { title: 'C' },
      ],
    });
    const images = steps(element).map((li) => li.querySelector('img'));
    expect(images.map((img) => img?.getAttribute('src'))).to.deep.equal([
      '/test/fixtures/pixel.svg',
      'https://clinic.example/icons/car.png',
      undefined,
    ]);
    expect(images[0]!.getAttribute('alt')).to.equal('');
    expect(images[0]!.getAttribute('part')).to.equal('icon');
    expect(all(element, 'svg')).to.have.length(0);
  });
});

describe('<clinic-timeline> bad content', () => {
  let console: ReturnType<typeof captureConsoleErrors>;
  beforeEach(() => (console = captureConsoleErrors()));
  afterEach(() => console.restore());

  const step = (fields: Record<string, unknown>) => ({
    ...timeline,
    steps: [timeline.steps[0], { title: 'Two', ...fields }],
  });
  const cases: [string, unknown, string, string | RegExp][] = [
    ['no steps', { ...timeline, steps: [] }, 'steps', 'needs at least 1'],
    ['steps not a list', { ...timeline, steps: 'assessment' }, 'steps', 'expected a list, got "assessment"'],
    ['a step without title', { ...timeline, steps: [timeline.steps[0], { id: 'x' }] }, 'steps[1].title', 'is required'],
    ['an empty step title', step({ title: '  ' }), 'steps[1].title', 'must not be empty'],
    ['a title that is a number', step({ title: 5 }), 'steps[1].title', 'expected a string, got 5'],
    ['a duration that is a number', step({ duration: 60 }), 'steps[1].duration', 'expected a string, got 60'],
    ['details that are not a list', step({ details: 'History' }), 'steps[1].details', 'expected a list, got "History"'],
    ['a note without text', { ...timeline, notes: [{ title: 'After' }] }, 'notes[0].text', 'is required'],
    ['a misspelt field', step({ durration: '1 h' }), 'steps[1].durration', 'unknown field (check its spelling)'],
    [
      'a duplicate step id',
      step({ id: 'assessment' }),
      'steps[1].id',
      'duplicate id "assessment": each id must be used once',
    ],
    ['no title', { steps: timeline.steps }, 'title', 'is required'],
  ];
  for (const name of ['rocket', 'Clipboard', 'follow_up', 'constructor', '__proto__']) {
    cases.push([
      `an unknown icon "${name}"`,
      step({ icon: name }),
      'steps[1].icon',
      `unknown icon "${name}": use one of ${Object.keys(icons).join(', ')}, or an image URL`,
    ]);
  }
  for (const url of [
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'data:image/svg+xml,<svg onload="alert(1)">',
    'vbscript:x',
  ]) {
    cases.push([
      `an unsafe icon URL ${JSON.stringify(url)}`,
      step({ icon: url }),
      'steps[1].icon',
      /^unsafe URL removed/,
    ]);
  }

  for (const [name, content, path, message] of cases) {
    it(`${name}: a schema error at ${path}, and the fallback stays`, async () => {
      const element = document.createElement('clinic-timeline');
      element.innerHTML = '<a href="/what-to-expect">What to expect</a>';
      element.content = content as TimelineContent;
      container.append(element);
      const { detail } = await contentError(element);
      expect(detail).to.deep.include({ kind: 'schema', path, source: 'content property' });
      if (typeof message == 'string') expect(detail.message).to.equal(message);
      else expect(detail.message).to.match(message);
      expect(element.status).to.equal('error');
      expect(all(element, 'ol, img, [src], [href]')).to.have.length(0);
      expect(visible(element.querySelector('a')!), 'the fallback link shows').to.be.true;
    });
  }

  it('names the element, the path in the file and the file in one console line', async () => {
    const element = document.createElement('clinic-timeline');
    element.setAttribute('src', '/test/fixtures/timelines.json');
    element.setAttribute('timeline', 'broken');
    container.append(element);
    await contentError(element);
    expect(console.lines).to.deep.equal([
      'clinic-timeline: timelines[1].steps[2].title: expected a string, got 5 (from /test/fixtures/timelines.json)',
    ]);
  });
});

describe('<clinic-timeline> accessibility (axe, WCAG 2.2 AA)', () => {
  it('is clean with a current step and its details open, in every layout, narrow and wide', async () => {
    for (const [width, layout] of [
      ['320px', 'vertical'],
      ['1000px', 'horizontal'],
      ['1000px', 'auto'],
      ['640px', 'horizontal'],
    ]) {
      container.style.width = width!;
      const element = await render(timeline, { layout: layout!, current: 'assessment', accent: '#f2c14e' });
      for (const details of all(element, 'details')) (details as HTMLDetailsElement).open = true;
      expect(await axeViolations(element), `${layout} at ${width}`).to.deep.equal([]);
      element.remove();
    }
  });

  it('is clean without a current step, in Spanish, with icon images', async () => {
    container.lang = 'es';
    const element = await render({
      ...timeline,
      steps: [...timeline.steps, { title: 'Home', icon: '/test/fixtures/pixel.svg' }],
    });
    expect(await axeViolations(element)).to.deep.equal([]);
  });

  it('is clean while loading and on error, with the fallback shown', async () => {
    const loading = document.createElement('clinic-timeline');
    loading.setAttribute('src', `/fault/json?file=test/fixtures/timelines.json&key=${uniqueKey()}&delay=2000`);
    loading.setAttribute('timeline', 'short');
    loading.innerHTML = '<a href="/what-to-expect">What to expect</a>';
    container.append(loading);
    await loading.updateComplete;
    expect(loading.status).to.equal('loading');
    expect(loading.getBoundingClientRect().height, 'keeps room for the steps').to.be.at.least(300);
    expect(await axeViolations(container)).to.deep.equal([]);
    loading.remove();

    const console = captureConsoleErrors();
    const broken = await render({ ...timeline, steps: [] });
    console.restore();
    expect(broken.status).to.equal('error');
    expect(await axeViolations(container)).to.deep.equal([]);
  });
});
