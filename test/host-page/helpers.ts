/**
 * The host pages of the visual matrix (a plain page and four themed ones, each left-to-right or right-to-left), the
 * four elements with the demo site's content on them, and the comparison of an element's look with its look on the
 * plain page (by the test runner command in test/server/visual-diff.js).
 */
import { expect } from '@esm-bundle/chai';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define.js'; // registers all four elements
import { settled } from '../helpers/elements.js';
import { getJson } from '../helpers/server.js';
import { until } from '../helpers/wait.js';
import type { ClinicTag } from '../helpers/states.js';

export type Direction = 'ltr' | 'rtl';

export interface HostPage {
  /** How the page is named in test titles and screenshot files. */
  name: string;
  /** The page's stylesheets; Bootstrap and WordPress ship their own for right-to-left pages. */
  stylesheets: (direction: Direction) => string[];
}

const FIXTURES = '/test/fixtures/host-pages';
/** Where test/server/wordpress-css.js keeps the block library's CSS. */
const WORDPRESS_CSS = '/node_modules/.cache/wordpress-block-library-11.1.0';
const rtlSuffix = (direction: Direction) => (direction === 'rtl' ? '-rtl' : '');

export const plainPage: HostPage = { name: 'plain', stylesheets: () => [] };

export const themedPages: HostPage[] = [
  {
    name: 'Bootstrap 5',
    stylesheets: (direction) => [
      `/node_modules/bootstrap/dist/css/bootstrap${direction === 'rtl' ? '.rtl' : ''}.min.css`,
    ],
  },
  { name: 'Tailwind preflight', stylesheets: () => ['/node_modules/tailwindcss/preflight.css'] },
  {
    name: 'WordPress',
    stylesheets: (direction) => [
      `${WORDPRESS_CSS}/style${rtlSuffix(direction)}.css`,
      `${FIXTURES}/wordpress-theme.css`,
    ],
  },
  { name: 'html 62.5%', stylesheets: () => [`${FIXTURES}/small-root.css`] },
];

/** The font family every host gives the elements, since the family is the one text style they inherit on purpose. */
const FONT_FAMILY = "'DejaVu Sans', sans-serif";
/** A moment the consultation CTA's hours say "Open now" at (Monday 10:00 in Los Angeles), on every page alike. */
const CLINIC_OPEN = new Date('2026-03-02T18:00:00Z');

const demoContent = (file: string) => getJson<Record<string, unknown[]>>(`/stories/demo/content/${file}`);

interface DemoElement {
  tag: ClinicTag;
  content: () => Promise<unknown>;
  /** Properties set before the element joins the page. */
  properties?: Record<string, unknown>;
  /** What a visitor has done once it has rendered. */
  afterRender?: (element: HTMLElement) => void;
}

/** The four elements as the demo site shows them: content from its JSON files, and one symptom ticked. */
export const demoElements: DemoElement[] = [
  {
    tag: 'clinic-article-card',
    content: async () => {
      const [article] = (await demoContent('articles.json')).articles as { image: { src: string } }[];
      // The demo's image path is relative to its page; this page is elsewhere.
      return { ...article, image: { ...article!.image, src: `/stories/demo/${article!.image.src}` } };
    },
  },
  {
    tag: 'clinic-symptom-checklist',
    content: async () => (await demoContent('checklists.json')).checklists![0],
    afterRender: (checklist) => checklist.shadowRoot!.querySelector<HTMLInputElement>('input[name="fatigue"]')!.click(),
  },
  { tag: 'clinic-timeline', content: async () => (await demoContent('timelines.json')).timelines![0] },
  {
    tag: 'clinic-consult-cta',
    content: () => getJson('/stories/demo/content/cta.json'),
    properties: { now: CLINIC_OPEN },
  },
];

let stylesheets: HTMLLinkElement[] = [];
let stage: HTMLElement | undefined;

/** Loads a stylesheet into the page's head; resolves once it applies. */
function addStylesheet(href: string) {
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
  const loaded = new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = () => reject(new Error(`could not load ${href}`));
  });
  document.head.append(link);
  stylesheets.push(link);
  return loaded;
}

/** Waits until everything that paints has: the element's (lazy) images and the fonts, and two frames. */
async function painted(element: Element) {
  const images = [...element.shadowRoot!.querySelectorAll('img')];
  await until(
    () => images.every((image) => image.complete && image.naturalWidth > 0),
    `the images of ${element.localName} loaded`,
  );
  await document.fonts.ready;
  for (let frame = 0; frame < 2; frame++) await new Promise(requestAnimationFrame);
}

/** Makes this document the host page `page` in `direction`: its stylesheets loaded, its direction on <html>. */
export async function openHostPage(page: HostPage, direction: Direction) {
  closeHostPage();
  document.documentElement.dir = direction;
  await Promise.all(page.stylesheets(direction).map(addStylesheet));
}

/**
 * Shows `demo` alone at the top of the page, in a column `width` px wide (alone, so that it fits in the viewport that
 * WebKit screenshots), and resolves with it once it has rendered and painted.
 */
export async function showDemoElement({ tag, content, properties, afterRender }: DemoElement, width: number) {
  stage?.remove();
  stage = document.createElement('div');
  stage.style.width = `${width}px`;
  document.body.prepend(stage);
  const element = Object.assign(document.createElement(tag), { content: await content(), ...properties });
  element.style.setProperty('--clinic-font-family', FONT_FAMILY);
  const event = settled(element);
  stage.append(element);
  expect((await event).type, `${tag} loads its content`).to.equal('clinic-content-load');
  afterRender?.(element);
  await element.updateComplete;
  await painted(element);
  return element;
}

/** Takes the element and the page's stylesheets away, and the direction off <html>. */
export function closeHostPage() {
  stage?.remove();
  stylesheets.forEach((link) => link.remove());
  stylesheets = [];
  document.documentElement.removeAttribute('dir');
}

declare global {
  interface Window {
    /** The element test/server/visual-diff.js screenshots. */
    __visualDiffTarget?: Element;
  }
}

export interface VisualDiff {
  diffPercent: number;
  box: { width: number; height: number };
  plainBox: { width: number; height: number };
  /** The themed, plain and diff PNGs, written when the look differs. */
  files: string[];
}

/** Sends the `visual-diff` command (test/server/visual-diff.js) about `element`, which it screenshots. */
async function visualDiff<Answer>(element: Element, payload: { cell: string; page: string; maxDiffPercent?: number }) {
  const { width, height } = element.getBoundingClientRect();
  window.__visualDiffTarget = element;
  try {
    return await executeServerCommand<Answer, object>('visual-diff', { ...payload, box: { width, height } });
  } finally {
    delete window.__visualDiffTarget;
  }
}

/** Keeps a screenshot and the box of `element` as the plain look of `cell` (the element, width and direction). */
export const keepPlainLook = (element: Element, cell: string) =>
  visualDiff<object>(element, { cell, page: plainPage.name });

/**
 * Compares `element` on `page` with the plain look of `cell`, and writes the themed, plain and diff PNGs under
 * screenshots/visual/ when more than `maxDiffPercent` of its pixels differ or its box is not the same size.
 */
export const compareWithPlainLook = (element: Element, cell: string, page: HostPage, maxDiffPercent: number) =>
  visualDiff<VisualDiff>(element, { cell, page: page.name, maxDiffPercent });

const size = ({ width, height }: VisualDiff['box']) => `${+width.toFixed(2)}×${+height.toFixed(2)}`;

/** "2.44% of pixels differ, box 600×476 (plain 600×619.47); see <the PNGs>", for a failure's message. */
export function describeDiff({ diffPercent, box, plainBox, files }: VisualDiff) {
  const see = files.length ? `; see ${files.join(', ')}` : '';
  return `${diffPercent.toFixed(2)}% of pixels differ, box ${size(box)} (plain ${size(plainBox)})${see}`;
}

/** Puts back the window size that screenshots in WebKit grew, for the test files that come after. */
export const restoreWindow = () => executeServerCommand('visual-diff-restore-window');
