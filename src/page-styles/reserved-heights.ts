import measured from './reserved-heights.json';

/**
 * How tall each element typically is at a few widths, in em (16 px at the default size), measured by
 * `npm run fit-placeholders` with the demo content and DejaVu Sans, which writes reserved-heights.json.
 * The page stylesheet keeps this height, joined by straight lines between the points, until the element's
 * content shows. Content much longer or shorter than the demo's moves the page a little when it arrives;
 * a page pins the exact height with `--clinic-reserved-height`.
 */
export type HeightModel = readonly { width: number; height: number }[];

/** Keyed by tag, then by `layout` (`default` when the element has none). */
export const reservedHeights: Record<string, Record<string, HeightModel>> = measured;
