import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';

declare global {
  interface Window {
    axe: { run(context: Element, options: RunOptions): Promise<AxeResults> };
  }
}

/** WCAG 2.0–2.2 A and AA, with 2.2's target-size rule, which axe leaves off by default. */
const WCAG_AA: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  resultTypes: ['violations'],
};

/**
 * The violations axe finds in and under `element`, one line each, for a readable failure. `axe` is another window's,
 * for an element in a frame.
 */
export async function axeViolations(element: Element, axe = window.axe): Promise<string[]> {
  const { violations } = await axe.run(element, WCAG_AA);
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
}
