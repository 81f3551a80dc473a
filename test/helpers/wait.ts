/**
 * Waiting in tests: on a state, never for a fixed time, but for the one case where a test proves that something
 * does not happen.
 */

const POLL_MS = 20;

/**
 * Resolves once `condition` holds, checked at once and then every 20 ms; fails after `timeout` ms with a message
 * that says what did not happen: `until(() => details.open, 'Enter opens the details')`.
 */
export async function until(condition: () => boolean | Promise<boolean>, what: string, timeout = 5_000) {
  const deadline = performance.now() + timeout;
  while (!(await condition())) {
    if (performance.now() > deadline) throw new Error(`gave up after ${timeout} ms waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/**
 * How long a test gives something that must NOT happen (a request, a CSP violation) to show itself. A same-origin
 * request reaches the test server within about 30 ms here (98th percentile, measured in all three engines under
 * load); 100 ms leaves room for that. Too short a window could only let a bug pass unseen, never fail a good build.
 */
export const MUST_NOT_HAPPEN_MS = 100;

/** Waits MUST_NOT_HAPPEN_MS: the one fixed wait, for a test that then checks that nothing happened. */
export const timeForWhatMustNotHappen = () => new Promise((resolve) => setTimeout(resolve, MUST_NOT_HAPPEN_MS));
