/**
 * Every entry of the package imports in Node, as a server renderer, a static-site generator or a test runner
 * imports it: without a throw, touching no `window` or `document` at import time, and registering the tags in the
 * registry of Lit's DOM shim (which Lit's Node build brings), where the element classes can be constructed.
 * Imported by the package's own name, through its `exports` map, after `npm run build`.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';

const tags = {
  ArticleCard: 'clinic-article-card',
  Timeline: 'clinic-timeline',
  SymptomChecklist: 'clinic-symptom-checklist',
  ConsultCta: 'clinic-consult-cta',
};

/** What a project imports: the classes, one element, all of them, and the single-script bundle's paths. */
const entries = [
  'clinic-elements',
  'clinic-elements/define',
  'clinic-elements/article-card',
  'clinic-elements/timeline',
  'clinic-elements/symptom-checklist',
  'clinic-elements/consult-cta',
  'clinic-elements/clinic-elements.js',
  'clinic-elements/dist/clinic-elements.js',
  'clinic-elements/dist/article-card.js',
  'clinic-elements/dist/lib/index.js',
];

test('no window and no document in this process: an import that touched them would throw', () => {
  assert.equal(typeof window, 'undefined');
  assert.equal(typeof document, 'undefined');
});

for (const entry of entries) {
  test(`imports ${entry}`, async () => {
    const module = await import(entry);
    assert.ok(Object.keys(module).length > 0, 'it exports something');
  });
}

test('registers every tag in the DOM shim, once, however often it is imported', async () => {
  await import('clinic-elements/define');
  await import('clinic-elements/clinic-elements.js');
  const classes = await import('clinic-elements');
  for (const [name, tag] of Object.entries(tags)) assert.equal(customElements.get(tag), classes[name], tag);
});

test('constructs every element class, idle until it has content', async () => {
  const classes = await import('clinic-elements');
  for (const name of Object.keys(tags)) {
    const element = new classes[name]();
    assert.equal(element.status, 'idle', name);
    assert.equal(element.error, undefined, name);
  }
});
