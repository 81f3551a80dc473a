/**
 * What every test file sets up in the page: a fresh container for each test, and console.error recorded.
 */

/**
 * The current test's container, a `<div>` in the page; set by the hooks `useContainer` adds. An ES module export is
 * a live binding: importers always see the current test's container.
 */
export let container: HTMLElement;

/** Gives each test of the calling file (or `describe`) a fresh container of `width`, removed after the test. */
export function useContainer(width?: string) {
  let own: HTMLElement;
  beforeEach(() => {
    own = container = document.createElement('div');
    if (width) own.style.width = width;
    document.body.append(own);
  });
  afterEach(() => own.remove());
}

/** Records console.error calls while letting them through; call `restore` when done. */
export function captureConsoleErrors() {
  const original = console.error;
  const lines: string[] = [];
  console.error = (...args: unknown[]) => {
    lines.push(args.map(String).join(' '));
    original.apply(console, args);
  };
  return { lines, restore: () => (console.error = original) };
}

/** Records console.error in each test of the calling file (or `describe`); `.lines` has the current test's. */
export function recordConsoleErrors() {
  const record = { lines: [] as string[] };
  let restore = () => {};
  beforeEach(() => {
    const capture = captureConsoleErrors();
    record.lines = capture.lines;
    restore = capture.restore;
  });
  afterEach(() => restore());
  return record;
}
