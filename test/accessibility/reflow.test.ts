/**
 * WCAG 2.2 1.4.10 and 1.4.12: at 320 CSS px wide (a 1280 px screen zoomed to 400%) nothing in any element
 * reaches past its edges, so nothing scrolls sideways; and with the text spacing a reader may set (line height
 * 1.5, letter 0.12em, word 0.16em, paragraph 2em, applied inside the shadow roots) no text is cut off.
 */
import { expect } from '@esm-bundle/chai';
import { container, useContainer } from '../helpers/page.js';
import { deepElements, mountShowcase } from './helpers.js';

const NARROW = '320px';
/** WCAG 1.4.12's spacing, as the usual text-spacing bookmarklet applies it. */
const TEXT_SPACING = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-block-end: 2em !important; }
`;
/** Sub-pixel rounding between engines. */
const SLACK_PX = 1;

/** Out of sight on purpose (the honeypot, "Sending…" for screen readers): in a 1 px box clipped to nothing. */
function visuallyHidden(element: Element) {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (getComputedStyle(node).clipPath !== 'none') return true;
  }
  return false;
}

/** The shadow elements of `host` that reach past its left or right edge. */
function pastTheEdges(host: Element) {
  const edges = host.getBoundingClientRect();
  return [...deepElements(host.shadowRoot!)]
    .filter((element) => !visuallyHidden(element))
    .filter((element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && (box.left < edges.left - SLACK_PX || box.right > edges.right + SLACK_PX);
    })
    .map(
      (element) =>
        `${host.localName} ${element.localName}.${element.className} (${element.textContent.trim().slice(0, 30)})`,
    );
}

/** The shadow elements of `host` that hide part of what they hold: overflow hidden or clipped, and content past it. */
function cutOff(host: Element) {
  return [...deepElements(host.shadowRoot!)]
    .filter((element) => !visuallyHidden(element) && /hidden|clip/.test(getComputedStyle(element).overflow))
    .filter(
      (element) =>
        element.scrollHeight > element.clientHeight + SLACK_PX || element.scrollWidth > element.clientWidth + SLACK_PX,
    )
    .map((element) => `${host.localName} ${element.localName}.${element.className}`);
}

describe('every element at 320 CSS px', () => {
  useContainer(NARROW);
  beforeEach(() => (container.style.font = "16px 'DejaVu Sans', sans-serif"));

  it('keeps everything within its width: no sideways scrolling', async () => {
    const elements = await mountShowcase(container);
    expect(elements.flatMap(pastTheEdges)).to.deep.equal([]);
    for (const element of elements) expect(element.scrollWidth, element.localName).to.be.at.most(element.clientWidth);
  });

  it('loses no text with WCAG text spacing applied inside the shadow roots', async () => {
    const elements = await mountShowcase(container);
    const spacing = new CSSStyleSheet();
    spacing.replaceSync(TEXT_SPACING);
    for (const element of elements) {
      element.shadowRoot!.adoptedStyleSheets = [...element.shadowRoot!.adoptedStyleSheets, spacing];
    }
    const spaced = elements[2]!.shadowRoot!.querySelector('label')!;
    expect(getComputedStyle(spaced).letterSpacing, 'the spacing applies').to.not.equal('normal');
    expect(elements.flatMap(cutOff)).to.deep.equal([]);
    expect(elements.flatMap(pastTheEdges)).to.deep.equal([]);
  });
});
