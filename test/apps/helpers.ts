/**
 * The fixture apps in the browser, as scripts/fixture-apps.js built them (test/fixtures/apps/<app>/dist/). Every app
 * makes the same page, each in its framework's own way: the four elements with content from
 * test/fixtures/apps/content.json, a "Next article" button, and an `ol.event-log` where its handlers write what they
 * heard (`clinic-content-load content property`, `change pain`, `clinic-cta-click book`).
 */
import { expect } from '@esm-bundle/chai';
import { timeForWhatMustNotHappen, until } from '../helpers/wait.js';

/** How each app's bundle starts it. */
export interface FixtureApp {
  /** Registers the elements, then renders the page. */
  render(root: HTMLElement): Promise<void>;
  /** Registers the elements, then hydrates the server's HTML already in `root` (the React app only). */
  hydrate(root: HTMLElement): Promise<void>;
  /** Renders the page, and registers the elements after the framework's first commit. */
  renderThenRegister(root: HTMLElement): void;
}

const apps = '/test/fixtures/apps';

/** Imports a bundle of an app, `react/dist/react19/plain`, as its page's script would load it. */
export async function importApp(bundle: string): Promise<FixtureApp> {
  const url: string = `${apps}/${bundle}.js`;
  return (await import(url)) as FixtureApp;
}

/** The HTML that an app's server render wrote at build time, `react/dist/react19/ssr/plain`. */
export async function serverHtml(page: string) {
  const response = await fetch(`${apps}/${page}.html`);
  if (!response.ok) throw new Error(`no ${page}.html: run node scripts/fixture-apps.js`);
  return response.text();
}

/** The page's elements, and what its handlers logged. */
export function page(root: HTMLElement) {
  const find = <Tag extends keyof HTMLElementTagNameMap>(tag: Tag) => root.querySelector(tag)!;
  const shadow = (element: Element, selector: string) => element.shadowRoot!.querySelector<HTMLElement>(selector);
  const card = find('clinic-article-card');
  return {
    card,
    checklist: find('clinic-symptom-checklist'),
    timeline: find('clinic-timeline'),
    cta: find('clinic-consult-cta'),
    shadow,
    title: () => shadow(card, '[part="title"]')?.textContent.trim(),
    nextArticle: () => root.querySelector('button')!.click(),
    events: () => [...root.querySelectorAll('.event-log li')].map((line) => line.textContent),
  };
}

/** The elements, in the page's order. */
export const tags = [
  'clinic-article-card',
  'clinic-symptom-checklist',
  'clinic-timeline',
  'clinic-consult-cta',
] as const;

/** Each element's `status`, in the page's order; undefined until the framework has rendered it. */
export const statuses = (root: HTMLElement) => tags.map((tag) => root.querySelector(tag)?.status);

/** Waits until all four elements show their content, then checks what the app gave each. */
export async function expectContent(root: HTMLElement) {
  await until(() => statuses(root).every((status) => status == 'ready'), 'the four elements show their content');
  const { card, cta, timeline, shadow, title } = page(root);
  expect(title()).to.equal('Living with chronic pain');
  expect(shadow(card, 'h2'), 'heading level 2 reached the card').to.exist;
  expect(shadow(cta, '[part="card"]')!.classList.contains('banner'), 'the CTA is a banner').to.be.true;
  expect(shadow(timeline, '[part="title"]')!.textContent.trim()).to.equal('Your first visit');
}

/** Waits until the log holds `count` lines, then a moment more to see that no other line comes. */
async function logged(root: HTMLElement, count: number) {
  await until(() => page(root).events().length >= count, `the app's handlers have logged ${count} events`);
  await timeForWhatMustNotHappen();
  return page(root).events();
}

/**
 * With the content shown: each event reaches the app's handler once, with its detail (the content's source, the
 * ticked ids, the CTA's channel), and a new article from the app re-renders the card (and loads once more).
 */
export async function expectEventsAndUpdate(root: HTMLElement) {
  const { checklist, cta, shadow, title, nextArticle } = page(root);
  const load = 'clinic-content-load content property';
  expect(await logged(root, 1)).to.deep.equal([load]);
  shadow(checklist, 'input[name="pain"]')!.click();
  expect(await logged(root, 2)).to.deep.equal([load, 'change pain']);
  shadow(cta, '[data-channel="book"]')!.click();
  expect(await logged(root, 3)).to.deep.equal([load, 'change pain', 'clinic-cta-click book']);
  nextArticle();
  await until(() => title() == 'Sleep and low mood', 'the card shows the next article');
  expect(await logged(root, 4)).to.deep.equal([load, 'change pain', 'clinic-cta-click book', load]);
}

/** Everything a page whose elements have their properties must do: show the content, hear the events, update. */
export async function expectWorkingPage(root: HTMLElement) {
  await expectContent(root);
  await expectEventsAndUpdate(root);
}

/** The line an element logs when a framework has written its `content` object as an attribute. */
export const contentAttributeError = (tag: string) =>
  `${tag}: content: "[object Object]": an object set before the tag was registered became an attribute; register the ` +
  "tag first (import 'clinic-elements/define'), or set the property (clinic-elements/react, Vue's :content.prop) " +
  '(from attribute)';
