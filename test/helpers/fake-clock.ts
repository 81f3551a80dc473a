/**
 * A fake clock for code that reads the time with `new Date()` or `Date.now()` and waits with `setTimeout`: while
 * installed, the time stands still until `tick` moves it on, running each timer that falls due on the way, at its
 * own moment. Mocha keeps its own timers, so tests still time out; but a test using it must not wait with
 * `setTimeout` itself (no `until`).
 */
export interface FakeClock {
  /** Moves the time on by `ms`, running the timers due on the way, each at its moment, in order. */
  tick(ms: number): void;
  /** The timers waiting. */
  readonly pending: number;
  restore(): void;
}

export function installFakeClock(start: string): FakeClock {
  const RealDate = Date;
  const realSetTimeout = window.setTimeout;
  const realClearTimeout = window.clearTimeout;
  let now = new RealDate(start).getTime();
  let lastId = 0;
  const timers = new Map<number, { at: number; run: () => void }>();

  class FakeDate extends RealDate {
    constructor(...args: [] | ConstructorParameters<typeof Date>) {
      if (args.length == 0) super(now);
      else super(...args);
    }

    static override now() {
      return now;
    }
  }

  window.Date = FakeDate as DateConstructor;
  window.setTimeout = ((run: () => void, ms = 0) => {
    timers.set(++lastId, { at: now + Math.max(ms, 0), run });
    return lastId;
  }) as typeof setTimeout;
  window.clearTimeout = ((id?: number) => void timers.delete(id!)) as typeof clearTimeout;

  return {
    tick(ms) {
      const end = now + ms;
      for (;;) {
        const due = [...timers].filter(([, timer]) => timer.at <= end).sort(([, a], [, b]) => a.at - b.at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].run();
      }
      now = end;
    },
    get pending() {
      return timers.size;
    },
    restore() {
      window.Date = RealDate;
      window.setTimeout = realSetTimeout;
      window.clearTimeout = realClearTimeout;
    },
  };
}
