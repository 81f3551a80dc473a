/** Storage: nothing without `persist`; with it, answers (never a crisis answer) kept in sessionStorage and restored. */
import { expect } from '@esm-bundle/chai';
import { useContainer } from '../helpers/page.js';
import { $$, answer, button, checklist, crisis, recordEvents, render, screener, summary, tick } from './helpers.js';

useContainer('640px');

describe('<clinic-symptom-checklist> persist', () => {
  const key = 'clinic-symptom-checklist:fibro-depression';
  beforeEach(() => sessionStorage.clear());
  afterEach(() => sessionStorage.clear());

  /** Every call to Storage methods (session and local) while `run` runs. */
  async function storageCalls(run: () => Promise<void>) {
    const calls: string[] = [];
    const proto = Storage.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
    const names = ['getItem', 'setItem', 'removeItem', 'clear', 'key'];
    const originals = names.map((name) => proto[name]!);
    names.forEach((name, i) => {
      proto[name] = function (this: Storage, ...args: unknown[]) {
        calls.push(`${this === sessionStorage ? 'session' : 'local'}.${name}`);
        return originals[i]!.apply(this, args);
      };
    });
    try {
      await run();
    } finally {
      names.forEach((name, i) => (proto[name] = originals[i]!));
    }
    return calls;
  }

  it('stores nothing without persist', async () => {
    const local = localStorage.length;
    const calls = await storageCalls(async () => {
      const element = await render();
      await tick(element, 'pain', 'self-harm');
      button(element, /Clear/).click();
    });
    expect(calls).to.deep.equal([]);
    expect(sessionStorage.length).to.equal(0);
    expect(localStorage.length).to.equal(local);
  });

  it('with persist, keeps answers (no crisis answer) in sessionStorage, restores them; Clear drops them', async () => {
    const local = localStorage.length;
    const first = await render(checklist, { persist: '' });
    await tick(first, 'pain', 'fatigue', 'self-harm');
    expect(JSON.parse(sessionStorage.getItem(key)!)).to.deep.equal({ pain: 1, fatigue: 1 });
    expect(localStorage.length).to.equal(local);
    first.remove();

    const record = recordEvents();
    const again = await render(checklist, { persist: '' });
    record.stop();
    expect(
      $$<HTMLInputElement>(again, 'input')
        .filter((i) => i.checked)
        .map((i) => i.name),
    ).to.deep.equal(['pain', 'fatigue']);
    expect(summary(again)).to.equal('2 of 5 selected Worth mentioning to a clinician.');
    expect(crisis(again), 'a crisis answer is not kept').to.equal(null);
    expect(record.events, 'restoring is not a change by the visitor').to.have.length(0);

    button(again, /Clear/).click();
    expect(sessionStorage.getItem(key)).to.equal(null);
  });

  it('restores scored answers, and ignores a damaged entry or answers the content does not have', async () => {
    const first = await render(screener, { persist: '' });
    await answer(first, [2, 0, 1]);
    first.remove();
    const again = await render(screener, { persist: '' });
    expect(summary(again), 'the crisis item is answered again').to.equal('2 of 3 answered');

    sessionStorage.setItem(
      'clinic-symptom-checklist:screener',
      JSON.stringify({ low: 7, tired: 'x', gone: 1, dark: 0 }),
    );
    expect(summary(await render(screener, { persist: '' }))).to.equal('1 of 3 answered');
    sessionStorage.setItem('clinic-symptom-checklist:screener', '{broken');
    expect(summary(await render(screener, { persist: '' }))).to.equal('0 of 3 answered');
  });
});
