/**
 * Content the checklist refuses: each mistake a schema error at its JSON path, one console line, nothing to tick, the
 * fallback kept; an entry of a collection named with its file.
 */
import { expect } from '@esm-bundle/chai';
import { mountRefused, shown } from '../helpers/elements.js';
import { container, recordConsoleErrors, useContainer } from '../helpers/page.js';
import { checklist, FALLBACK, screener } from './helpers.js';

useContainer('640px');

describe('<clinic-symptom-checklist> bad content', () => {
  const consoleErrors = recordConsoleErrors();

  const group = (items: unknown[], title = 'Body') => ({ title, items });
  const cases: [string, unknown, string, string][] = [
    [
      'duplicate item ids across groups',
      {
        ...checklist,
        groups: [
          group([{ id: 'a', label: 'A' }]),
          group(
            [
              { id: 'b', label: 'B' },
              { id: 'a', label: 'A again' },
            ],
            'Mood',
          ),
        ],
      },
      'groups[1].items[1].id',
      'duplicate id "a": each id must be used once',
    ],
    ['an empty group', { ...checklist, groups: [group([])] }, 'groups[0].items', 'needs at least 1'],
    ['no groups', { ...checklist, groups: [] }, 'groups', 'needs at least 1'],
    [
      'a band with no message',
      { ...checklist, bands: [{ min: 0, message: 'ok' }, { min: 2 }] },
      'bands[1].message',
      'is required',
    ],
    [
      'a band with an empty message',
      { ...checklist, bands: [{ min: 0, message: ' ' }] },
      'bands[0].message',
      'must not be empty',
    ],
    [
      'bands not starting at 0',
      { ...checklist, bands: [{ min: 1, message: 'a' }] },
      'bands[0].min',
      'the first band must start at 0',
    ],
    [
      'bands not ascending',
      {
        ...checklist,
        bands: [
          { min: 0, message: 'a' },
          { min: 3, message: 'b' },
          { min: 3, message: 'c' },
        ],
      },
      'bands[2].min',
      'must be more than the band before (3)',
    ],
    ['a negative band', { ...checklist, bands: [{ min: -1, message: 'a' }] }, 'bands[0].min', 'expected 0 or more'],
    [
      'a response without a value',
      { ...screener, responses: [{ label: 'No', value: 0 }, { label: 'Yes' }] },
      'responses[1].value',
      'is required',
    ],
    [
      'two responses with one value',
      {
        ...screener,
        responses: [
          { label: 'No', value: 0 },
          { label: 'Yes', value: 0 },
        ],
      },
      'responses[1].value',
      'duplicate value 0',
    ],
    [
      'a value that is not a whole number',
      {
        ...screener,
        responses: [
          { label: 'No', value: 0 },
          { label: 'Yes', value: '1' },
        ],
      },
      'responses[1].value',
      'expected a whole number, got "1"',
    ],
    [
      'crisis as a string',
      { ...checklist, groups: [group([{ id: 'a', label: 'A', crisis: 'yes' }])] },
      'groups[0].items[0].crisis',
      'expected true or false, got "yes"',
    ],
    [
      'a label that is a number',
      { ...checklist, groups: [group([{ id: 'a', label: 5 }])] },
      'groups[0].items[0].label',
      'expected a string, got 5',
    ],
    [
      'an item without an id',
      { ...checklist, groups: [group([{ label: 'A' }])] },
      'groups[0].items[0].id',
      'is required',
    ],
    ['groups as an object', { ...checklist, groups: { title: 'Body' } }, 'groups', 'expected a list, got an object'],
    ['a misspelt field', { ...checklist, disclaimor: 'x' }, 'disclaimor', 'unknown field (check its spelling)'],
    [
      'an unsafe crisis link',
      { ...checklist, crisis: { heading: 'Help', actions: [{ label: 'Help', href: 'javascript:alert(1)' }] } },
      'crisis.actions[0].href',
      'unsafe URL removed: only http, https, mailto, tel and relative URLs are allowed',
    ],
    [
      'crisis resources without an action',
      { ...checklist, crisis: { heading: 'Help', actions: [] } },
      'crisis.actions',
      'needs at least 1',
    ],
  ];
  for (const [name, content, path, message] of cases) {
    it(`reports ${name} at ${path}`, async () => {
      const { element, detail } = await mountRefused('clinic-symptom-checklist', container, content, {}, FALLBACK);
      expect(detail).to.deep.equal({ kind: 'schema', path, message, status: undefined, source: 'content property' });
      expect(consoleErrors.lines).to.deep.equal([
        `clinic-symptom-checklist: ${path}: ${message} (from content property)`,
      ]);
      expect(element.shadowRoot!.querySelector('input, button'), 'nothing to tick').to.equal(null);
      expect(shown(element.querySelector('a')), 'the fallback stays visible').to.be.true;
    });
  }

  it('names the entry of a collection and the file', async () => {
    const from = { src: '/test/fixtures/checklists.json', checklist: 'duplicate' };
    const { detail } = await mountRefused('clinic-symptom-checklist', container, undefined, from);
    expect(detail.path).to.equal('checklists[1].groups[1].items[1].id');
    expect(consoleErrors.lines).to.deep.equal([
      'clinic-symptom-checklist: checklists[1].groups[1].items[1].id: duplicate id "pain": each id must be used ' +
        'once (from /test/fixtures/checklists.json)',
    ]);
  });
});
