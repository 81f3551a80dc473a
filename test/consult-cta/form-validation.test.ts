/**
 * Checking the form, by keyboard: a summary that takes focus and links to each missing or wrong field, messages tied
 * to their fields, and nothing sent until it is right.
 */
import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { shown } from '../helpers/elements.js';
import { type } from '../helpers/input.js';
import { useContainer } from '../helpers/page.js';
import { formLog } from '../helpers/server.js';
import { $, $$, field, focused, text, withForm } from './helpers.js';

useContainer('640px');

describe('<clinic-consult-cta> form validation, by keyboard', () => {
  it('lists what is missing in a summary that takes focus and leads to each field', async () => {
    const { cta, key } = await withForm();
    $(cta, 'form button').focus();
    await sendKeys({ press: 'Enter' });
    await cta.updateComplete;
    const summary = $(cta, '.summary');
    expect(focused(cta), 'the summary has focus').to.equal(summary);
    expect(
      summary.querySelector('[role="alert"]')?.textContent,
      'announced even where focus on a plain box is not read',
    ).to.contain('Enter your name');
    const title = summary.querySelector('[part="summary-title"]')!;
    expect([title.localName, text(title)]).to.deep.equal(['h4', 'There is a problem']);
    expect($$(cta, '.summary a').map((a) => [a.getAttribute('href'), text(a)])).to.deep.equal([
      ['#f-name', 'Enter your name'],
      ['#f-phone', 'Enter your phone number'],
      ['#f-consent', 'Tick the box to agree to be contacted'],
    ]);
    for (const name of ['name', 'phone']) {
      const input = field(cta, name);
      expect(input.getAttribute('aria-invalid'), name).to.equal('true');
      const message = cta.shadowRoot!.getElementById(input.getAttribute('aria-describedby')!)!;
      const link = $$(cta, '.summary a').find((a) => a.getAttribute('href') === `#f-${name}`)!;
      expect([shown(message), text(message)]).to.deep.equal([true, text(link)]);
    }
    expect(field(cta, 'email').getAttribute('aria-invalid')).to.equal('false');
    expect(field(cta, 'email').hasAttribute('aria-describedby')).to.be.false;

    // Tab to the second link and follow it with Enter: focus lands in the phone field.
    await sendKeys({ press: 'Tab' });
    expect(focused(cta)?.getAttribute('href')).to.equal('#f-name');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    expect(focused(cta), 'the phone field has focus').to.equal(field(cta, 'phone'));
    expect(location.hash, 'the page did not navigate').to.equal('');

    // Fix some, get others wrong, and send again with Enter from the field.
    await type('949 555 0199');
    field(cta, 'name').focus();
    await type('Ana');
    field(cta, 'email').focus();
    await type('ana@');
    await sendKeys({ press: 'Enter' });
    await cta.updateComplete;
    expect(focused(cta)).to.equal($(cta, '.summary'));
    expect($$(cta, '.summary a').map(text)).to.deep.equal([
      'Enter an email address like name@example.com',
      'Tick the box to agree to be contacted',
    ]);
    expect(field(cta, 'name').getAttribute('aria-invalid')).to.equal('false');
    expect([field(cta, 'name').value, field(cta, 'phone').value, field(cta, 'email').value]).to.deep.equal([
      'Ana',
      '949 555 0199',
      'ana@',
    ]);
    expect(await formLog(key), 'nothing was sent').to.deep.equal([]);
  });
});
