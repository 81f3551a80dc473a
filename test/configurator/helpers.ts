/** Mounting the configurator in a test page, and reading its previews. */
import { sendKeys } from '@web/test-runner-commands';
import '../../stories/configurator/configurator.js';
import type { ClinicConfigurator } from '../../stories/configurator/configurator.js';
import { until } from '../helpers/wait.js';

/** The page's stylesheet, as stories/configurator/index.html links it. */
function linkStylesheet() {
  if (document.querySelector('link[data-configurator]')) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = '/stories/configurator/configurator.css';
  link.dataset.configurator = '';
  document.head.append(link);
}

/** A fresh configurator: no saved work, no state in the address; ready once its previews show the element. */
export async function mountConfigurator(): Promise<ClinicConfigurator> {
  localStorage.clear();
  history.replaceState(null, '', location.pathname + location.search);
  linkStylesheet();
  const configurator = document.createElement('clinic-configurator');
  configurator.root = '/';
  document.body.append(configurator);
  await until(() => !!configurator.querySelector('.content-form'), 'the form is rendered', 10_000);
  await until(() => previewElements(configurator).length == 3, 'the three previews show the element', 10_000);
  return configurator;
}

/** The element in each preview frame (phone, tablet, desktop). */
export function previewElements(configurator: HTMLElement): HTMLElement[] {
  return [...configurator.querySelectorAll<HTMLIFrameElement>('.preview iframe')]
    .map((frame) => frame.contentDocument?.querySelector<HTMLElement & { status?: string }>('main > :not(p)'))
    .filter((element): element is HTMLElement & { status: string } => element?.status == 'ready');
}

/** An element's rendered text, spaces collapsed. */
export function shownText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Resolves once every preview's text holds `text`. */
export async function untilPreviewsShow(configurator: HTMLElement, text: string) {
  await until(
    () => previewElements(configurator).every((element) => shownText(element).includes(text)),
    `every preview shows "${text}"`,
  );
}

/** Presses Tab (at most `limit` times) until the focused element matches `selector`: keyboard only, no focus(). */
export async function tabTo(selector: string, limit = 150) {
  for (let presses = 0; presses < limit; presses++) {
    if (document.activeElement?.matches(selector)) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${selector} (at ${document.activeElement?.id ?? 'nothing'})`);
}
