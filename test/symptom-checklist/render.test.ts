/**
 * What the checklist shows: a heading, a fieldset and legend per group, native checkboxes with visible labels and
 * hints, the disclaimer, in English and Spanish; markup as text; the demo content; answers kept across new words.
 */
import { expect } from '@esm-bundle/chai';
import { shown } from '../helpers/elements.js';
import { container, useContainer } from '../helpers/page.js';
import { $, $$, checklist, crisis, input, render, summary, tick } from './helpers.js';

useContainer('640px');

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
