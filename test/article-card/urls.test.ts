/** URL safety: a link or image URL that is not http, https, mailto, tel or relative is dropped and reported. */
import { expect } from '@esm-bundle/chai';
import { contentError } from '../helpers/elements.js';
import { container, recordConsoleErrors, useContainer } from '../helpers/page.js';
import { article, render } from './helpers.js';

useContainer('640px');

describe('<clinic-article-card> refuses unsafe URLs', () => {
  const unsafe = [
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    '\njavascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
  ];
  recordConsoleErrors();

  for (const url of unsafe) {
    it(`drops ${JSON.stringify(url)} as a link or image and reports the field`, async () => {
      for (const [content, path] of [
        [{ ...article, url }, 'url'],
        [{ ...article, image: { ...article.image!, src: url } }, 'image.src'],
      ] as const) {
        const card = document.createElement('clinic-article-card');
        card.content = content;
        container.append(card);
        const { detail } = await contentError(card);
        expect(detail).to.deep.include({ kind: 'schema', path });
        expect(detail.message).to.match(/^unsafe URL removed/);
        const urls = [...card.shadowRoot!.querySelectorAll('[href], [src]')].map(
          (e) => e.getAttribute('href') ?? e.getAttribute('src'),
        );
        expect(urls).to.deep.equal([]);
      }
    });
  }

  it('keeps http, https, mailto, tel and relative URLs', async () => {
    for (const url of [
      'https://clinic.example/a',
      'http://clinic.example/a',
      '/a',
      'a/b',
      '?page=2',
      '#top',
      'mailto:care@clinic.example',
      'tel:+19495550100',
    ]) {
      const card = await render({ ...article, url });
      expect(card.status, url).to.equal('ready');
      expect(card.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal(url);
    }
  });
});
