/** Step icons: a built-in icon by name, drawn in the text colour and hidden from screen readers, or an image URL. */
import { expect } from '@esm-bundle/chai';
import { icons } from '../../src/components/timeline/icons.js'; // plain data: the icon table
import { useContainer } from '../helpers/page.js';
import { all, render, steps, timeline } from './helpers.js';

useContainer('640px');

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
