/**
 * Runs generated samples through an element, once through the `content` property and once through an inline JSON
 * script, and checks what the design promises: nothing thrown out, one event, the fallback kept on errors, no markup
 * from content parsed, no unsafe URL in an attribute, valid content rendered. The seed comes from the test server
 * (FUZZ_SEED, see web-test-runner.config.js), and a failure says how to replay it.
 */
import fc from 'fast-check';
import type { ClinicElement } from '../../src/base/clinic-element.js';
import type { ClinicContentErrorEvent } from '../../src/content/events.js';
import { settled } from '../helpers/elements.js';
import { getJson } from '../helpers/server.js';
import type { Sample } from './arbitraries.js';

interface FuzzSettings {
  seed: number;
  runs: number;
  /** A counterexample's path, from a failure's report: replays that sample and shrinks it again. */
  path?: string;
}

const settings = await getJson<FuzzSettings>('/fuzz/settings');
if (!Number.isSafeInteger(settings.seed) || !Number.isSafeInteger(settings.runs)) {
  throw new Error(`FUZZ_SEED and FUZZ_RUNS must be whole numbers, got ${JSON.stringify(settings)}`);
}

/** What a test tells the harness about its element. */
export interface Target {
  tag: 'clinic-article-card' | 'clinic-timeline' | 'clinic-symptom-checklist' | 'clinic-consult-cta';
  samples: fc.Arbitrary<Sample>;
  /** Every element the element's templates make, by local name; anything else came from content. */
  madeTags: string[];
  /** The text the element's `[part="title"]` shows for valid content. */
  title(content: never): string;
  /** Brings out parts that need the visitor (the checklist's crisis resources), after content rendered. */
  interact?(element: HTMLElement): Promise<void>;
}

/** The six heading elements, which every element's templates may make. */
export const headings = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

const sources = ['content property', 'inline JSON'] as const;
type Source = (typeof sources)[number];

/** Attributes a browser reads as a URL. */
const urlAttributes = new Set('href src srcset action formaction xlink:href poster ping data'.split(' '));

/**
 * Whether a URL may stand in an attribute, decided from the URL standard's grammar rather than with `new URL`, so that
 * it does not share the element's mistakes: no control character anywhere (parsers drop or keep them differently), nor
 * a line or paragraph separator, and a scheme, if the value has one after leading spaces, of http, https, mailto or
 * tel. Anything else is relative.
 */
function isAllowedUrl(value: string): boolean {
  // eslint-disable-next-line no-control-regex -- control characters are what it looks for
  if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(value)) return false;
  const scheme = /^ *([a-z][a-z\d+.-]*):/i.exec(value)?.[1];
  return scheme === undefined || /^(https?|mailto|tel)$/i.test(scheme);
}

/** A message would be more than one line: C0 line breaks, NEL and the Unicode line and paragraph separators. */
const lineBreak = /[\n\v\f\r\u0085\u2028\u2029]/;

/** What the page saw while a sample ran: errors that escaped the element, and console.error lines. */
const escaped: unknown[] = [];
const logged: string[] = [];
const onError = (event: ErrorEvent) => escaped.push(event.error ?? event.message);
const onRejection = (event: PromiseRejectionEvent) => escaped.push(event.reason);

function fail(message: string): never {
  throw new Error(message);
}

/** Fails if an error escaped since the last check; the next sample starts clean, so shrinking is not misled. */
function checkNothingEscaped(when: string) {
  if (escaped.length) fail(`${when}: an error escaped the element: ${escaped.splice(0).map(String).join(' | ')}`);
}

/** Checks the shadow root: only the template's own elements, no event handler attributes, only allowed URLs. */
function checkShadowRoot(element: HTMLElement, target: Target, source: Source) {
  for (const node of element.shadowRoot!.querySelectorAll('*')) {
    if (!target.madeTags.includes(node.localName)) fail(`${source}: <${node.localName}> came from content`);
    for (const { name, value } of node.attributes) {
      if (name.startsWith('on') || name == 'data-injected') fail(`${source}: <${node.localName} ${name}> from content`);
      if (urlAttributes.has(name) && !isAllowedUrl(value)) {
        fail(`${source}: unsafe URL in <${node.localName} ${name}=${JSON.stringify(value)}>`);
      }
    }
  }
}

function checkReady(element: ClinicElement<unknown>, events: Event[], target: Target, sample: Sample, source: Source) {
  if (element.status != 'ready') fail(`${source}: status ${element.status}, expected ready`);
  if (logged.length) fail(`${source}: console.error while ready: ${logged.join(' | ')}`);
  const detail = (events[0] as CustomEvent<{ source: string }>).detail;
  if (detail.source != source) fail(`${source}: clinic-content-load names source ${detail.source}`);
  const shown = element.shadowRoot!.querySelector('[part="title"]')?.textContent;
  const title = target.title(sample.content as never);
  if (shown !== title) fail(`${source}: title shows ${JSON.stringify(shown)}, expected ${JSON.stringify(title)}`);
}

function checkError(element: ClinicElement<unknown>, events: Event[], target: Target, sample: Sample, source: Source) {
  if (element.status != 'error') fail(`${source}: status ${element.status}, expected error`);
  const { detail } = events[0] as ClinicContentErrorEvent;
  const where = `${source}: error ${JSON.stringify(detail)}`;
  if (detail.kind != 'schema' || detail.source != source) fail(`${where}: expected kind schema from ${source}`);
  if ((detail.path ?? '') != sample.path) fail(`${where}: expected path ${JSON.stringify(sample.path)}`);
  if (sample.message && !sample.message.test(detail.message)) fail(`${where}: expected message ${sample.message}`);
  if (logged.length != 1) fail(`${where}: ${logged.length} console.error lines, expected 1`);
  const [line] = logged as [string];
  if (lineBreak.test(line)) fail(`${where}: console.error line breaks: ${JSON.stringify(line)}`);
  if (!line.startsWith(`${target.tag}: `) || !line.endsWith(`(from ${source})`)) {
    fail(`${where}: console.error line does not name the tag and source: ${JSON.stringify(line)}`);
  }
  const fallback = element.querySelector('.fallback')!;
  const slot = element.shadowRoot!.querySelector<HTMLSlotElement>('slot:not([name])');
  if (!slot?.assignedElements().includes(fallback)) fail(`${where}: the default slot does not show the fallback`);
  if (!fallback.getBoundingClientRect().height) fail(`${where}: the fallback is not visible`);
}

/** Mounts the sample's content through `source` in `container`, checks the element, removes it. */
async function mount(target: Target, sample: Sample, source: Source, container: HTMLElement) {
  const element = document.createElement(target.tag) as ClinicElement<unknown>;
  element.innerHTML = '<p class="fallback">Our articles</p>';
  if (source == 'content property') element.content = sample.content;
  else {
    const script = element.appendChild(document.createElement('script'));
    script.type = 'application/json';
    script.textContent = JSON.stringify(sample.content);
  }
  const events: Event[] = [];
  const record = (event: Event) => events.push(event);
  element.addEventListener('clinic-content-load', record);
  element.addEventListener('clinic-content-error', record);
  logged.length = 0;
  container.append(element);
  try {
    // Events are dispatched within the update, so by now there has been one, or there will be none; unless the
    // content needs an opt-in feature's chunk first (the CTA's form), when it says so once the chunk is in.
    const updated = () =>
      element.updateComplete.catch((error: unknown) => fail(`${source}: the update threw ${String(error)}`));
    await updated();
    if (!events.length && element.status == 'loading') {
      await settled(element);
      await updated();
    }
    checkNothingEscaped(source);
    if (events.length != 1)
      fail(`${source}: ${events.map((event) => event.type).join(', ') || 'no'} events, expected one`);
    const loaded = events[0]!.type == 'clinic-content-load';
    if (sample.expect != 'either' && loaded != (sample.expect == 'ready')) {
      const error = (events[0] as Partial<ClinicContentErrorEvent>).detail;
      fail(`${source}: ${events[0]!.type} ${JSON.stringify(error)}, expected ${sample.expect} at ${sample.path}`);
    }
    if (loaded) checkReady(element, events, target, sample, source);
    else checkError(element, events, target, sample, source);
    checkShadowRoot(element, target, source);
    if (loaded && target.interact) {
      await target.interact(element);
      checkShadowRoot(element, target, source);
      checkNothingEscaped(source);
    }
  } finally {
    element.remove();
  }
}

/** A sample as JSON, with the characters JSON leaves as they are but a reader cannot see written as escapes. */
function readable(sample: Sample | undefined) {
  const json = JSON.stringify(sample, (_key, value: unknown) => (value instanceof RegExp ? String(value) : value));
  return json.replace(/[\u007f-\u00a0\u00ad\u200b-\u200f\u2028-\u202e\u2060\ufeff]/g, (character) => {
    return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/** The engine's name as BROWSERS spells it, for the replay command. */
function engine() {
  const agent = navigator.userAgent;
  return agent.includes('Firefox/') ? 'firefox' : agent.includes('Chrome/') ? 'chromium' : 'webkit';
}

/** Time for one sample in the slowest engine, with room to shrink a failure. */
const TIME_PER_SAMPLE = 100;
const MIN_TIMEOUT = 60_000;

/** The test for one element: its file calls this with what it knows of the element. */
export function fuzzElement(target: Target) {
  const file = `test/fuzz/${target.tag.replace('clinic-', '')}.test.ts`;
  describe(`<${target.tag}> with ${settings.runs} generated contents (seed ${settings.seed})`, () => {
    it('renders valid content, refuses the rest with the fallback, lets no markup or bad URL in', async function () {
      this.timeout(Math.max(MIN_TIMEOUT, settings.runs * TIME_PER_SAMPLE));
      await fuzz(target, file);
    });
  });
}

/**
 * Runs `settings.runs` samples through `target` (each twice: property and inline JSON), shrinking a failure to a
 * small counterexample, and fails with what went wrong, the counterexample and the command that replays it.
 */
async function fuzz(target: Target, file: string) {
  const container = document.body.appendChild(document.createElement('div'));
  const consoleError = console.error;
  console.error = (...args: unknown[]) => logged.push(args.map(String).join(' '));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    const property = fc.asyncProperty(target.samples, async (sample) => {
      for (const source of sources) await mount(target, sample, source, container);
    });
    const details = await fc.check(property, { seed: settings.seed, numRuns: settings.runs, path: settings.path });
    // A rejection is reported after the task that caused it: give one the time to arrive.
    await new Promise((resolve) => setTimeout(resolve, 50));
    checkNothingEscaped('after the last sample');
    if (details.failed) {
      const { errorInstance: error, seed, counterexample, counterexamplePath, numRuns, numShrinks } = details;
      const problem = error instanceof Error ? error.message : String(error);
      const sample = `sample ${numRuns} of seed ${seed}, shrunk ${numShrinks} times: ${readable(counterexample?.[0])}`;
      const replay = `FUZZ_SEED=${seed} FUZZ_PATH=${counterexamplePath} BROWSERS=${engine()} npx wtr --group default`;
      fail(`${problem}\n\nFrom ${sample}\n\nReplay: ${replay} --files ${file}`);
    }
  } finally {
    console.error = consoleError;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    container.remove();
  }
}
