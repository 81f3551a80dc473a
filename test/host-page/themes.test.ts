/**
 * The host's theme stays out (issue #15): on Bootstrap 5, Tailwind's preflight, a WordPress theme and a 62.5% root,
 * left-to-right and right-to-left, at a desktop and a phone width, each element looks as it does on the plain page in
 * the same direction and width: its box is the same size and at most 0.5% of its pixels differ. A failure names the
 * themed, plain and diff PNGs it wrote under screenshots/visual/.
 */
import { expect } from '@esm-bundle/chai';
import type { ClinicTag } from '../helpers/states.js';
import {
  closeHostPage,
  compareWithPlainLook,
  demoElements,
  describeDiff,
  type Direction,
  keepPlainLook,
  openHostPage,
  plainPage,
  restoreWindow,
  showDemoElement,
  themedPages,
} from './helpers.js';

/** Room for antialiasing, far below what a leaked text style changes (a whole line moves). */
const MAX_DIFF_PERCENT = 0.5;
const WIDTHS = [600, 360];
const DIRECTIONS: Direction[] = ['ltr', 'rtl'];

after(async () => {
  closeHostPage();
  await restoreWindow();
});

for (const width of WIDTHS) {
  for (const direction of DIRECTIONS) {
    const cell = (tag: ClinicTag) => `${tag} ${width}px ${direction}`;

    describe(`at ${width} px, ${direction}`, () => {
      before(async () => {
        await openHostPage(plainPage, direction);
        for (const demo of demoElements) await keepPlainLook(await showDemoElement(demo, width), cell(demo.tag));
      });

      for (const page of themedPages) {
        describe(`on ${page.name}`, () => {
          before(() => openHostPage(page, direction));

          for (const demo of demoElements) {
            it(`${demo.tag} looks as on the plain page`, async () => {
              const element = await showDemoElement(demo, width);
              const diff = await compareWithPlainLook(element, cell(demo.tag), page, MAX_DIFF_PERCENT);
              expect(diff.box, describeDiff(diff)).to.deep.equal(diff.plainBox);
              expect(diff.diffPercent, describeDiff(diff)).to.be.at.most(MAX_DIFF_PERCENT);
            });
          }
        });
      }
    });
  }
}
