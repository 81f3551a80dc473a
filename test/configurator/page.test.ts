/**
 * The configurator's own page (stories/configurator/index.html, its bundle built by scripts/configurator.js, which
 * `npm run build` runs) in a frame, under the strict CSP with Trusted Types that `npm start` sends: it works there,
 * keeps the work across a reload, and a link with the state in its hash opens the same work elsewhere.
 */
import { expect } from '@esm-bundle/chai';
import type { ClinicConfigurator } from '../../stories/configurator/configurator.js';
import { stateFromHash } from '../../stories/configurator/saved-state.js';
import { until } from '../helpers/wait.js';
import { shownText } from './helpers.js';

const PAGE = '/stories/configurator/';
const STORAGE_KEY = 'clinic-configurator';

type PageWindow = Window & { violations?: string[] };

/** The page in a new frame, once its configurator is ready; CSP violations it reports are collected. */
async function openPage(address = PAGE) {
  const frame = document.createElement('iframe');
  frame.width = '1280';
  frame.height = '900';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = address;
  document.body.append(frame);
  await loaded;
  return ready(frame);
}

async function ready(frame: HTMLIFrameElement) {
  const page = frame.contentWindow as PageWindow;
  const violations: string[] = [];
  frame.contentDocument!.addEventListener('securitypolicyviolation', (event) =>
    violations.push(`${event.violatedDirective} ${event.blockedURI}`),
  );
  let configurator: ClinicConfigurator | null = null;
  await until(
    () => {
      configurator = frame.contentDocument?.querySelector('clinic-configurator') ?? null;
      return !!configurator?.querySelector('.content-form');
    },
    'the page renders its form under the CSP',
    10_000,
  );
  return { frame, page, configurator: configurator!, violations };
}

/** The text of the element in the page's phone preview, once it shows `text`. */
async function previewShows(configurator: ClinicConfigurator, text: string) {
  await until(
    () => {
      const preview = configurator.querySelector<HTMLIFrameElement>('.preview iframe')?.contentDocument;
      const element = preview?.querySelector('main > :not(p)');
      return !!element && shownText(element).includes(text);
    },
    `the preview shows "${text}"`,
    10_000,
  );
}

async function typeTitle(configurator: ClinicConfigurator, title: string) {
  const field = configurator.querySelector<HTMLInputElement>('#field-title')!;
  field.value = title;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  await configurator.updateComplete;
}

describe('the configurator page', () => {
  beforeEach(() => localStorage.removeItem(STORAGE_KEY));
  afterEach(() => {
    document.querySelectorAll('iframe').forEach((frame) => frame.remove());
    localStorage.removeItem(STORAGE_KEY);
  });

  it('works under the strict CSP: the form, and the real element in the preview', async () => {
    const response = await fetch(PAGE);
    expect(response.headers.get('content-security-policy')).to.contain("require-trusted-types-for 'script'");
    const { configurator, violations } = await openPage();
    const title = configurator.querySelector<HTMLInputElement>('#field-title')!.value;
    expect(title, 'the first visit starts from the demo').to.not.equal('');
    await previewShows(configurator, title);
    await typeTitle(configurator, 'Typed under the CSP');
    await previewShows(configurator, 'Typed under the CSP');
    expect(violations).to.deep.equal([]);
  });

  it('keeps the work across a reload', async () => {
    const { frame, configurator } = await openPage();
    await typeTitle(configurator, 'Still here after a reload');
    await until(() => frame.contentWindow!.location.hash.startsWith('#state='), 'the address holds the state');
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    // A reload of the page without its hash: the work comes back from local storage.
    frame.contentWindow!.location.replace(PAGE);
    await loaded;
    const again = await ready(frame);
    expect(again.configurator.querySelector<HTMLInputElement>('#field-title')!.value).to.equal(
      'Still here after a reload',
    );
    await previewShows(again.configurator, 'Still here after a reload');
  });

  it('opens the same work from a shared link, with nothing saved in this browser', async () => {
    const { frame, configurator } = await openPage();
    configurator.querySelector<HTMLInputElement>('#kind-timeline')!.click();
    await configurator.updateComplete;
    await typeTitle(configurator, 'Shared by link');
    // The hash is written after each edit: wait for the one that holds the last.
    let link = '';
    await until(async () => {
      link = frame.contentWindow!.location.hash;
      const state = await stateFromHash(link);
      return (state?.content as { title?: string } | undefined)?.title == 'Shared by link';
    }, 'the address holds the last edit');
    expect(decodeURIComponent(link), 'compressed, not readable').to.not.contain('Shared');
    frame.remove();
    localStorage.removeItem(STORAGE_KEY);

    const shared = await openPage(PAGE + link);
    expect(shared.configurator.querySelector<HTMLInputElement>('#kind-timeline')!.checked).to.be.true;
    expect(shared.configurator.querySelector<HTMLInputElement>('#field-title')!.value).to.equal('Shared by link');
  });
});
