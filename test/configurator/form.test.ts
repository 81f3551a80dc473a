/**
 * The configurator (stories/configurator/), mounted in the test page: the form generated from each element's JSON
 * Schema, the live previews, errors beside their field with the element's own message, pasting, the keyboard-only path
 * to the copied snippet, and that snippet in a blank page.
 */
import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { elementKinds } from '../../stories/configurator/element-kinds.js';
import { contentSchema, fieldPaths, type JsonSchema } from '../../stories/configurator/json-schema.js';
import type { ClinicConfigurator } from '../../stories/configurator/configurator.js';
import { axeViolations } from '../helpers/axe.js';
import { type } from '../helpers/input.js';
import { captureConsoleErrors } from '../helpers/page.js';
import { timeForWhatMustNotHappen, until } from '../helpers/wait.js';
import { mountConfigurator, previewElements, shownText, tabTo, untilPreviewsShow } from './helpers.js';

let configurator: ClinicConfigurator;
beforeEach(async () => (configurator = await mountConfigurator()));
afterEach(() => {
  configurator.remove();
  localStorage.clear();
});

const $ = <E extends Element = HTMLElement>(selector: string) => configurator.querySelector<E>(selector)!;

/** Picks an element with its radio button and starts it from an empty form. */
async function pickKind(name: string) {
  const radio = $<HTMLInputElement>(`#kind-${name}`);
  radio.click();
  await until(() => radio.checked && configurator.kind.name == name, `${name} is picked`);
  await configurator.updateComplete;
}

/** Sets a field's value as typing would end, with the input event the form listens for. */
async function fill(selector: string, value: string) {
  const field = $<HTMLInputElement>(selector);
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  await configurator.updateComplete;
}

/** Clicks every button that adds a left-out object or the first entry of an empty list, until none is left. */
async function addEverything() {
  for (let round = 0; round < 20; round++) {
    const buttons = [
      ...configurator.querySelectorAll<HTMLButtonElement>('.content-form .add-optional button'),
      ...[...configurator.querySelectorAll<HTMLElement>('.content-form fieldset.list')]
        .filter((list) => !list.querySelector(':scope > ol > li'))
        .map((list) => list.querySelector<HTMLButtonElement>(':scope > button.add')!),
    ];
    if (!buttons.length) return;
    buttons.forEach((button) => button.click());
    await configurator.updateComplete;
  }
}

describe('the configurator form', () => {
  for (const kind of elementKinds) {
    it(`has a labelled field for every field of the ${kind.name} schema`, async () => {
      const file = (await (await fetch(`/schemas/${kind.name}.schema.json`)).json()) as JsonSchema;
      const expected = fieldPaths(contentSchema(file), file);
      expect(expected.length, 'the schema has fields').to.be.greaterThan(5);
      await pickKind(kind.name);
      await addEverything();
      const shown = new Set(
        [...configurator.querySelectorAll<HTMLElement>('.content-form [data-path]')].map((each) => each.dataset.path),
      );
      expect(
        expected.filter((path) => !shown.has(path)),
        'schema fields with no field in the form',
      ).to.deep.equal([]);
      // Every input has a label (axe checks the names too).
      for (const input of configurator.querySelectorAll<HTMLInputElement>(
        '.content-form input, .content-form select, .content-form textarea',
      )) {
        expect(input.labels?.length, `a label for #${input.id}`).to.be.greaterThan(0);
      }
    });
  }

  it('updates the three previews as the marketer types', async () => {
    const title = $<HTMLInputElement>('#field-title');
    title.focus();
    title.select();
    await type('Pain and mood');
    await untilPreviewsShow(configurator, 'Pain and mood');
    expect(previewElements(configurator)).to.have.length(3);
  });

  it('shows an error beside its field, as the element logs it, and keeps the last valid preview', async () => {
    await fill('#field-title', 'Last good title');
    await untilPreviewsShow(configurator, 'Last good title');
    await fill('#field-url', 'javascript:alert(1)');

    const field = $<HTMLInputElement>('#field-url');
    const error = $('#field-url-error');
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(field.getAttribute('aria-describedby')).to.include('field-url-error');
    // The same content, inline in the real element: the line it logs is the line beside the field.
    const logged = captureConsoleErrors();
    const card = document.createElement('clinic-article-card');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(configurator.content);
    card.append(script);
    document.body.append(card);
    await until(() => logged.lines.length > 0, 'the element logs its error');
    logged.restore();
    card.remove();
    expect(error.textContent).to.equal(logged.lines[0]);
    expect(error.textContent).to.contain('clinic-article-card: url: unsafe URL removed');

    expect($('.preview').classList.contains('stale'), 'the preview is marked stale').to.be.true;
    expect($('.preview-status').textContent).to.contain('Not up to date');
    for (const element of previewElements(configurator)) expect(shownText(element)).to.contain('Last good title');

    await fill('#field-url', '/articles/pain');
    await until(() => !$('.preview').classList.contains('stale'), 'the preview is current again');
    expect(configurator.querySelector('#field-url-error')).to.equal(null);
  });

  it('derives ids from labels, keeps them unique, and flags a crisis item', async () => {
    await pickKind('symptom-checklist');
    await fill('#field-groups-0-items-0-label', 'Low mood');
    expect(configurator.querySelector<HTMLInputElement>('#field-groups-0-items-0-id')!.value).to.equal('low-mood');
    $('#field-groups-0-items-add').click();
    await configurator.updateComplete;
    await fill('#field-groups-0-items-1-label', 'Low mood');
    expect($<HTMLInputElement>('#field-groups-0-items-1-id').value).to.equal('low-mood-2');
    // An id written by hand no longer follows the label.
    await fill('#field-groups-0-items-1-id', 'mine');
    await fill('#field-groups-0-items-1-label', 'Hopeless');
    expect($<HTMLInputElement>('#field-groups-0-items-1-id').value).to.equal('mine');

    expect(configurator.querySelector('.crisis-badge')).to.equal(null);
    $('#field-groups-0-items-1-crisis').click();
    await configurator.updateComplete;
    const badge = $('li.entry.crisis .crisis-badge');
    expect(badge.textContent).to.contain('Crisis item');
    expect(getComputedStyle(badge).display).to.not.equal('none');
  });

  it('adds, reorders and removes entries of a list', async () => {
    await pickKind('timeline');
    await fill('#field-title', 'What to expect');
    await fill('#field-steps-0-title', 'First');
    $('#field-steps-add').click();
    await configurator.updateComplete;
    await fill('#field-steps-1-title', 'Second');
    $('#field-steps-1-up').click();
    await configurator.updateComplete;
    expect((configurator.content as { steps: { title: string }[] }).steps.map((step) => step.title)).to.deep.equal([
      'Second',
      'First',
    ]);
    // Focus follows the moved entry; at the top its Move up is disabled, so Move down.
    expect(document.activeElement?.id, 'focus follows the moved entry').to.equal('field-steps-0-down');
    $('#field-steps-0-remove').click();
    await configurator.updateComplete;
    expect((configurator.content as { steps: { title: string }[] }).steps.map((step) => step.title)).to.deep.equal([
      'First',
    ]);
    await untilPreviewsShow(configurator, 'First');
  });

  it('reads its attributes from the manifest, and shows the contrast of the accent', async () => {
    await pickKind('consult-cta');
    for (const name of ['appearance', 'heading-level', 'accent', 'analytics', 'lang']) {
      expect(configurator.querySelector(`[data-attribute="${name}"]`), name).to.not.equal(null);
    }
    expect(configurator.querySelector('[data-attribute="src"]'), 'not src: the content is the form').to.equal(null);
    expect($('#attribute-analytics-hint').textContent).to.match(/^Privacy: /);
    await fill('#attribute-accent', '#f2c14e');
    expect($('#attribute-accent-contrast').textContent).to.contain('black').and.contain('12.');
    await fill('#attribute-accent', '#0b6e4f');
    expect($('#attribute-accent-contrast').textContent).to.contain('white, contrast 6.25:1');
  });

  it('offers every preset in presets/ (from the generated index) and the demo content to start from', async () => {
    await pickKind('symptom-checklist');
    const index = (await (await fetch('/stories/configurator/build/presets.json')).json()) as string[];
    expect(index).to.include('phq-9.json');
    const options = [...$<HTMLSelectElement>('#start-from').options].map((option) => option.value);
    for (const file of index) {
      const preset = (await (await fetch(`/presets/${file}`)).json()) as { $schema: string };
      if (preset.$schema.includes('symptom-checklist')) expect(options).to.include(`preset:${file}`);
    }
    expect(options).to.include('seed:0');
    const start = $<HTMLSelectElement>('#start-from');
    start.value = 'preset:phq-9.json';
    start.dispatchEvent(new Event('change'));
    $('#start').click();
    await until(() => $<HTMLInputElement>('#field-title').value.includes('PHQ-9'), 'the PHQ-9 is in the form');
    await untilPreviewsShow(configurator, 'Little interest or pleasure in doing things');
  });

  it('gives the element with src, and the JSON file to download, as the second choice', async () => {
    $('#embed-src').click();
    await configurator.updateComplete;
    const id = (configurator.content as { id: string }).id;
    const snippet = $<HTMLTextAreaElement>('#embed-code').value;
    expect(snippet).to.contain(`<clinic-article-card src="${id}.json"></clinic-article-card>`);
    expect(snippet).to.not.contain('application/json');
    expect($('#download').textContent).to.contain(`${id}.json`);
  });

  it('takes a pasted snippet from the demo, with its src, into the form', async () => {
    const start = $<HTMLSelectElement>('#start-from');
    start.value = 'paste';
    start.dispatchEvent(new Event('change'));
    await configurator.updateComplete;
    await fill(
      '#paste',
      `<clinic-symptom-checklist src="content/checklists.json" checklist="fibromyalgia-depression" for="consult">
        <p>Not sure whether to reach out?</p></clinic-symptom-checklist>`,
    );
    $('#start').click();
    await until(() => configurator.kind.name == 'symptom-checklist', 'the checklist is picked');
    await configurator.updateComplete;
    const demo = (await (await fetch('/stories/demo/content/checklists.json')).json()) as {
      checklists: { id: string; title: string }[];
    };
    const entry = demo.checklists.find((each) => each.id == 'fibromyalgia-depression')!;
    expect($<HTMLInputElement>('#field-title').value).to.equal(entry.title);
    expect($<HTMLInputElement>('#attribute-for').value).to.equal('consult');
    await untilPreviewsShow(configurator, entry.title);
  });

  it('treats pasted markup as text: nothing in it runs', async () => {
    const start = $<HTMLSelectElement>('#start-from');
    start.value = 'paste';
    start.dispatchEvent(new Event('change'));
    await configurator.updateComplete;
    const title = '<img src=x onerror="window.pwned=1">';
    await fill(
      '#paste',
      `<clinic-article-card heading-level="3"><script type="application/json">` +
        `{"title": ${JSON.stringify(title)}, "url": "/x"}</script></clinic-article-card>`,
    );
    $('#start').click();
    await until(() => $<HTMLInputElement>('#field-title').value == title, 'the title holds the pasted text');
    await timeForWhatMustNotHappen();
    expect((window as Window & { pwned?: number }).pwned).to.equal(undefined);
    expect(configurator.querySelector('img')).to.equal(null);
    expect($<HTMLSelectElement>('#attribute-heading-level').value).to.equal('3');
  });

  it('is axe clean, also with an error showing', async () => {
    expect(await axeViolations(configurator)).to.deep.equal([]);
    await fill('#field-url', 'javascript:alert(1)');
    expect(await axeViolations(configurator)).to.deep.equal([]);
  });
});

describe('the configurator by keyboard alone', () => {
  it('builds a checklist (two groups, a crisis item, two bands), copies it; the snippet renders the same', async () => {
    document.body.focus();
    await tabTo('#kind-article-card');
    await sendKeys({ press: 'ArrowDown' });
    await until(() => configurator.kind.name == 'symptom-checklist', 'the arrow key picks the checklist');

    const typeInto = async (id: string, text: string) => {
      await tabTo(`#${id}`);
      await type(text);
      await configurator.updateComplete;
    };
    const press = async (id: string, key: string) => {
      await tabTo(`#${id}`);
      await sendKeys({ press: key });
      await configurator.updateComplete;
    };
    await typeInto('field-title', 'How are you feeling');
    await typeInto('field-groups-0-title', 'Mood');
    await typeInto('field-groups-0-items-0-label', 'Low mood');
    await press('field-groups-0-items-add', 'Enter');
    await typeInto('field-groups-0-items-1-label', 'Thoughts of self-harm');
    await tabTo('#field-groups-0-items-1-crisis');
    await type(' '); // Space ticks it
    await press('field-groups-add', 'Enter');
    await typeInto('field-groups-1-title', 'Body');
    await typeInto('field-groups-1-items-0-label', 'Poor sleep');
    await press('field-bands-add', 'Enter');
    await typeInto('field-bands-0-message', 'A few signs');
    await press('field-bands-add', 'Enter');
    await typeInto('field-bands-1-min', '2');
    await typeInto('field-bands-1-message', 'Many signs');

    expect(configurator.error, 'no error').to.equal(undefined);
    expect(configurator.querySelector('li.entry.crisis .crisis-badge')).to.not.equal(null);
    await untilPreviewsShow(configurator, 'Thoughts of self-harm');

    await press('copy', 'Enter');
    await until(() => !!$('#copy-status').textContent.trim(), 'the copy is confirmed');
    const snippet = $<HTMLTextAreaElement>('#embed-code').value;
    expect(snippet).to.contain('<clinic-symptom-checklist>').and.contain('"crisis": true');

    // The snippet, pasted into a blank page, gives the same element.
    const blank = document.createElement('iframe');
    blank.width = '360';
    blank.height = '800';
    blank.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>${snippet}</body></html>`;
    document.body.append(blank);
    try {
      await until(
        () =>
          (blank.contentDocument?.querySelector('clinic-symptom-checklist') as { status?: string } | null)?.status ==
          'ready',
        'the pasted element is ready',
        10_000,
      );
      const pasted = blank.contentDocument!.querySelector('clinic-symptom-checklist')!;
      const [preview] = previewElements(configurator);
      expect(shownText(pasted)).to.contain('Thoughts of self-harm').and.contain('Poor sleep');
      expect(shownText(pasted)).to.equal(shownText(preview!));
    } finally {
      blank.remove();
    }
  });

  // For each element, from an empty form: the fields typed (Enter for a button), and the text the preview then shows.
  const edits = {
    'article-card': [
      ['field-title', 'A new article'],
      ['field-url', '/articles/new'],
    ],
    timeline: [
      ['field-title', 'What to expect'],
      ['field-steps-0-title', 'First visit'],
    ],
    'consult-cta': [
      ['field-heading', 'Talk to us'],
      ['field-phone-add', 'Enter'], // a CTA needs a way to act: a phone number
      ['field-phone-number', '+1 949 555 0100'],
    ],
  } as const;
  for (const [kind, fields] of Object.entries(edits)) {
    it(`edits a ${kind} and its preview follows`, async () => {
      document.body.focus();
      await tabTo('#kind-article-card');
      // Arrow keys move through a group of radio buttons (Tab leaves it).
      // Picking an element starts it from an empty form; the card is picked already, so away and back.
      const steps = elementKinds.findIndex(({ name }) => name == kind);
      if (!steps) await sendKeys({ press: 'ArrowDown' });
      for (let step = 0; step < steps; step++) await sendKeys({ press: 'ArrowDown' });
      if (!steps) await sendKeys({ press: 'ArrowUp' });
      await until(() => configurator.kind.name == kind && !!configurator.error, `an empty ${kind}`);
      for (const [id, text] of fields) {
        await tabTo(`#${id}`);
        if (text == 'Enter') await sendKeys({ press: 'Enter' });
        else await type(text);
        await configurator.updateComplete;
      }
      expect(configurator.error?.line, 'no error').to.equal(undefined);
      await untilPreviewsShow(configurator, fields[0][1]);
    });
  }
});
