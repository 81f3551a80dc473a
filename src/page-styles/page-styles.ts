import { type HeightModel, reservedHeights } from './reserved-heights.js';

/**
 * A CSS length that follows the box's width along the model: straight lines between its points, flat
 * before the first and after the last. It is a padding, so `100%` is the width of the element.
 */
export function heightAlong([first, ...rest]: HeightModel): string {
  const terms = [`${first!.height}em`];
  let previous = first!;
  for (const point of rest) {
    const run = point.width - previous.width;
    const slope = (point.height - previous.height) / run;
    // How far the width has come along this line, from 0 to the whole line, times its slope.
    if (slope) terms.push(`clamp(0em, 100% - ${previous.width}em, ${round(run)}em) * ${round(slope)}`);
    previous = point;
  }
  return `calc(${terms.join(' + ')})`;
}

const round = (value: number) => Math.round(value * 10_000) / 10_000;

const tags = Object.keys(reservedHeights);
const undefinedElements = `:is(${tags.join(', ')}):not(:defined)`;

/**
 * The page-level stylesheet, `dist/clinic-elements.css`: before an element's script has run, the element is a block
 * as tall as its content will be, with its fallback markup beside a spacer; and `--_reserved-height` tells the
 * defined element the same height while its content loads (host.styles.ts). Its rules select only `clinic-`
 * elements.
 */
export function pageStyles(): string {
  const heights = tags.flatMap((tag) =>
    Object.entries(reservedHeights[tag]!).map(([layout, model]) => {
      const selector = layout == 'default' ? tag : `${tag}[layout='${layout}']`;
      return `${selector} {\n  --_reserved-height: ${heightAlong(model)};\n}`;
    }),
  );
  return `/* clinic-elements: the space each element keeps until its content shows. Generated; do not edit. */
${undefinedElements} {
  display: flow-root;
  font-size: var(--clinic-font-size, medium);
}
/* A spacer beside the fallback markup: as tall as the content will be, and no wider than nothing. */
${undefinedElements}::before {
  content: '';
  float: inline-start;
  padding-block-start: var(--clinic-reserved-height, var(--_reserved-height));
}
${heights.join('\n')}
`;
}
