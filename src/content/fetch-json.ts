import { ContentError } from './errors.js';

interface SharedRequest {
  readonly result: Promise<unknown>;
  /** The parsed body, once it has arrived (JSON never parses to undefined). */
  body?: unknown;
  readonly controller: AbortController;
  /** Elements still waiting; the last one to give up aborts the request. */
  waiting: number;
}

/** One request per absolute URL for the whole page; successful results stay for later elements. */
const requests = new Map<string, SharedRequest>();

/**
 * Fetches and parses a JSON file, sharing one request among every caller of the same URL.
 * `signal` and `timeout` belong to this caller alone: it stops waiting, and the shared request is
 * aborted only when nobody waits for it any more.
 */
export function fetchJson(url: string, signal: AbortSignal, timeout: number): Promise<unknown> {
  const key = new URL(url, document.baseURI).href;
  const request = requests.get(key) ?? startRequest(key);
  request.waiting++;
  // A timer and a listener of our own, not AbortSignal.any and AbortSignal.timeout: on a fresh page, those cost 200
  // cards 3 ms more of main-thread time.
  return new Promise((resolve, reject) => {
    let waiting = true;
    const stopWaiting = () => {
      waiting = false;
      clearTimeout(timer);
      signal.removeEventListener('abort', giveUp);
    };
    const giveUp = () => {
      stopWaiting();
      if (!--request.waiting && request.body === undefined) {
        forget(key, request);
        request.controller.abort();
      }
      // The caller's own reason if it gave up, or else our timeout.
      reject(
        signal.aborted ? (signal.reason as Error) : new ContentError('timeout', `no answer within ${timeout / 1000} s`),
      );
    };
    const timer = setTimeout(giveUp, timeout);
    if (signal.aborted) return giveUp();
    signal.addEventListener('abort', giveUp);
    request.result.then(resolve, reject).finally(() => {
      if (!waiting) return; // gave up already, and counted
      stopWaiting();
      request.waiting--;
    });
  });
}

function startRequest(key: string): SharedRequest {
  const controller = new AbortController();
  const request: SharedRequest = { result: load(key, controller.signal), controller, waiting: 0 };
  // The body stays for elements added later; a failure is forgotten so that the next element asks again.
  request.result.then(
    (body) => (request.body = body),
    () => forget(key, request),
  );
  requests.set(key, request);
  return request;
}

/**
 * The body of a URL that has already arrived, if it has: elements added later render it at once, without a loading
 * state.
 */
export function fetchedJson(url: string): unknown {
  return requests.get(new URL(url, document.baseURI).href)?.body;
}

function forget(key: string, request: SharedRequest) {
  if (requests.get(key) == request) requests.delete(key);
}

/** One request for a JSON file, with the errors a page meets told apart; the pre-renderer uses it too. */
export async function load(url: string, signal?: AbortSignal): Promise<unknown> {
  const response = await fetch(url, { signal, headers: { accept: 'application/json' } });
  if (!response.ok) {
    const status = `${response.status} ${response.statusText}`.trim();
    throw new ContentError('http', `the server answered HTTP ${status}`, undefined, response.status);
  }
  // An HTML page with status 200 (a login wall, a CMS's "not found" page) is the usual wrong answer.
  const type = response.headers.get('content-type') ?? '';
  if (/html|xml/i.test(type))
    throw new ContentError('content-type', `expected JSON, but the server sent ${type.split(';')[0]}`);
  return JSON.parse(await response.text());
}
