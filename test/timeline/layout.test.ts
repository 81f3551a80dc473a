/**
 * Layouts at phone and desktop widths: vertical, horizontal and auto (by container query), folding when the container
 * narrows, in a flex row, and mirrored right to left.
 */
import { expect } from '@esm-bundle/chai';
import type { Timeline } from '../../src/components/timeline/timeline.js';
import { container, useContainer } from '../helpers/page.js';
import { until } from '../helpers/wait.js';
import { all, render, steps, timeline } from './helpers.js';

useContainer('640px');

describe('<clinic-timeline> layout', () => {
  const boxes = (element: Timeline) => steps(element).map((li) => li.getBoundingClientRect());
  const sideBySide = (element: Timeline) => {
    const [first, second] = boxes(element);
    return Math.abs(first!.top - second!.top) < 1 && second!.left >= first!.right;
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
    await until(() => stacked(element), 'the steps stack once the container is 320 px wide');
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
    const [one, two] = boxes(await render(timeline, { layout: 'horizontal' }));
    expect(two!.right, 'the second step sits left of the first').to.be.at.most(one!.left);
  });

  it('ignores a layout it does not know, and stays vertical', async () => {
    container.style.width = '1000px';
    expect(stacked(await render(timeline, { layout: 'sideways' }))).to.be.true;
  });
});
