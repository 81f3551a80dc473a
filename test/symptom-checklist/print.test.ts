/** Printing the list: window.print(), and print styles that show what was ticked or answered, without buttons. */
import { expect } from '@esm-bundle/chai';
import { emulateMedia } from '@web/test-runner-commands';
import type { SymptomChecklist } from '../../src/components/symptom-checklist/symptom-checklist.js';
import { shown } from '../helpers/elements.js';
import { useContainer } from '../helpers/page.js';
import { $, $$, answer, button, render, screener, tick } from './helpers.js';

useContainer('640px');

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
