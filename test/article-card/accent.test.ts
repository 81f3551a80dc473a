/**
 * The `accent` attribute: text on the accent keeps 4.5:1 contrast whatever the colour, the attribute wins over the
 * page's CSS, and a value that is not a colour is reported and ignored.
 */
import { expect } from '@esm-bundle/chai';
import type { ClinicContentErrorEvent } from '../../src/index.js';
import { captureConsoleErrors, useContainer } from '../helpers/page.js';
import { article, part, render } from './helpers.js';

useContainer('640px');

describe('<clinic-article-card> accent', () => {
  /** sRGB of any CSS colour the browser computes, by painting it. */
  const rgb = (color: string) => {
    const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
    context.fillStyle = '#fff';
    context.fillRect(0, 0, 1, 1);
    context.fillStyle = color;
    context.fillRect(0, 0, 1, 1);
    return [...context.getImageData(0, 0, 1, 1).data.slice(0, 3)];
  };
  /** WCAG relative luminance of an sRGB colour. */
  const luminance = (channels: number[]) =>
    channels
      .map((channel) => channel / 255)
      .map((value) => (value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4))
      .reduce((sum, value, index) => sum + value * [0.2126, 0.7152, 0.0722][index]!, 0);
  const contrast = (foreground: string, background: string) => {
    const [lighter, darker] = [luminance(rgb(foreground)), luminance(rgb(background))].sort((x, y) => y - x);
    return (lighter! + 0.05) / (darker! + 0.05);
  };

  const accents = [
    '#0b6e4f',
    '#f2c14e',
    'yellow',
    'white',
    'black',
    '#767676',
    '#777',
    '#808080',
    'hsl(200 80% 50%)',
    'rebeccapurple',
    'oklch(70% 0.15 150)',
    '#e91e63',
    '#00bcd4',
  ];
  it(`keeps text on the accent at 4.5:1 or more for ${accents.length} colours`, async () => {
    for (const accent of accents) {
      const card = await render(article, { accent });
      const chip = getComputedStyle(part(card, 'category'));
      const [used, asked] = [rgb(chip.backgroundColor), rgb(accent)];
      used.forEach((channel, i) => expect(channel, `${accent} is used`).to.be.closeTo(asked[i]!, 1));
      expect(contrast(chip.color, chip.backgroundColor), accent).to.be.at.least(4.5);
      card.remove();
    }
  });

  it('wins over the page CSS, and a value that is not a colour is reported and ignored', async () => {
    const style = document.createElement('style');
    style.textContent = 'clinic-article-card { --clinic-accent: rgb(200, 0, 0); }';
    document.head.append(style);
    try {
      const card = await render(article, { accent: 'rgb(0, 0, 200)' });
      expect(rgb(getComputedStyle(part(card, 'category')).backgroundColor)).to.deep.equal([0, 0, 200]);

      const consoleErrors = captureConsoleErrors();
      const errors: ClinicContentErrorEvent[] = [];
      card.addEventListener('clinic-content-error', (e) => errors.push(e));
      card.accent = 'red; display: none';
      await card.updateComplete;
      consoleErrors.restore();
      expect(errors.map((e) => e.detail)).to.deep.equal([
        { kind: 'attribute', message: '"red; display: none" is not a CSS colour', source: 'attribute', path: 'accent' },
      ]);
      expect(consoleErrors.lines).to.deep.equal([
        'clinic-article-card: accent: "red; display: none" is not a CSS colour (from attribute)',
      ]);
      expect(rgb(getComputedStyle(part(card, 'category')).backgroundColor), 'page CSS applies again').to.deep.equal([
        200, 0, 0,
      ]);
      expect(card.status).to.equal('ready');
    } finally {
      style.remove();
    }
  });
});
