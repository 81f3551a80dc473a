/**
 * The take-over of 200 pre-rendered cards (issue #11): the page shows them with no script; after its first frames it
 * loads the bundle, which takes each card over. `window.benchHydration` then holds the layout shift that the take-over
 * caused (PerformanceObserver's layout-shift entries, Chromium) and how long it took, from loading the bundle to the
 * frame after every card is ready.
 */
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const shifts = [];
new PerformanceObserver((list) => shifts.push(...list.getEntries())).observe({ type: 'layout-shift', buffered: true });

await frame();
await frame();
const before = shifts.length;
const started = performance.now();
await import('../../dist/clinic-elements.js');
const cards = [...document.querySelectorAll('clinic-article-card')];
while (!cards.every((card) => card.matches(':state(ready)'))) await frame();
await frame();
const sum = (entries) => entries.reduce((total, entry) => total + entry.value, 0);
window.benchHydration = {
  cards: cards.length,
  ms: performance.now() - started,
  shiftBefore: sum(shifts.slice(0, before)),
  shiftTakeOver: sum(shifts.slice(before)),
};
