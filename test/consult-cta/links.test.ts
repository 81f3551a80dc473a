/** The booking link, which passes on the page's utm_* parameters, and the click-to-call link and its number. */
import { expect } from '@esm-bundle/chai';
import { useContainer } from '../helpers/page.js';
import { $, full, render, text } from './helpers.js';

useContainer('640px');

describe('<clinic-consult-cta> booking link passes on the page’s UTM parameters', () => {
  const page = location.href;
  afterEach(() => history.replaceState(null, '', page));

  it('adds the page’s utm_* parameters and keeps the booking URL’s own, which win over the page’s', async () => {
    history.replaceState(null, '', '?utm_source=google&utm_campaign=spring&utm_medium=cpc&page=2');
    const cta = await render({
      ...full,
      booking: { url: 'https://clinic.example/book?ref=site&utm_source=newsletter' },
    });
    const href = new URL($(cta, '.actions a').getAttribute('href')!);
    expect([...href.searchParams]).to.deep.equal([
      ['ref', 'site'],
      ['utm_source', 'newsletter'],
      ['utm_campaign', 'spring'],
      ['utm_medium', 'cpc'],
    ]);
    expect(href.origin + href.pathname).to.equal('https://clinic.example/book');
  });

  it('makes a relative booking URL absolute only when it adds parameters, and leaves mailto: alone', async () => {
    let cta = await render({ booking: { url: 'book.html#slots' } });
    expect($(cta, '.actions a').getAttribute('href'), 'no utm_* on the page').to.equal('book.html#slots');
    history.replaceState(null, '', '?utm_source=google');
    cta = await render({ booking: { url: 'book.html#slots' } });
    expect($(cta, '.actions a').getAttribute('href')).to.equal(
      new URL('book.html?utm_source=google#slots', document.baseURI).href,
    );
    cta = await render({ booking: { url: 'mailto:care@clinic.example' } });
    expect($(cta, '.actions a').getAttribute('href')).to.equal('mailto:care@clinic.example');
  });
});

describe('<clinic-consult-cta> phone link', () => {
  it('calls the digits and shows North American numbers in their national format, others as written', async () => {
    const cases = [
      ['+19495550100', 'tel:+19495550100', '(949) 555-0100'],
      ['+1 949.555.0100', 'tel:+19495550100', '(949) 555-0100'],
      ['+44 20 7946 0958', 'tel:+442079460958', '+44 20 7946 0958'],
      ['(949) 555-0100', 'tel:9495550100', '(949) 555-0100'],
    ];
    for (const [number, href, label] of cases) {
      const cta = await render({ phone: { number, label: 'Call us' } });
      const link = $(cta, '.actions [data-channel="call"]');
      expect([link.getAttribute('href'), text($(cta, '.actions .number'))], number).to.deep.equal([href, label]);
    }
  });
});
