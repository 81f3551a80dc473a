/**
 * Content the timeline refuses: each mistake is a schema error at its JSON path, the fallback stays, and the console
 * line names the element, the path and the file.
 */
import { expect } from '@esm-bundle/chai';
import { icons } from '../../src/components/timeline/icons.js'; // plain data: the icon table
import { mountRefused, shown } from '../helpers/elements.js';
import { container, recordConsoleErrors, useContainer } from '../helpers/page.js';
import { all, FALLBACK, timeline } from './helpers.js';

useContainer('640px');

describe('<clinic-timeline> bad content', () => {
  const consoleErrors = recordConsoleErrors();

  const step = (fields: Record<string, unknown>) => ({
    ...timeline,
    steps: [timeline.steps[0], { title: 'Two', ...fields }],
  });
  const cases: [string, unknown, string, string | RegExp][] = [
    ['no steps', { ...timeline, steps: [] }, 'steps', 'needs at least 1'],
    ['steps not a list', { ...timeline, steps: 'assessment' }, 'steps', 'expected a list, got "assessment"'],
    ['a step without title', { ...timeline, steps: [timeline.steps[0], { id: 'x' }] }, 'steps[1].title', 'is required'],
    ['an empty step title', step({ title: '  ' }), 'steps[1].title', 'must not be empty'],
    ['a title that is a number', step({ title: 5 }), 'steps[1].title', 'expected a string, got 5'],
    ['a duration that is a number', step({ duration: 60 }), 'steps[1].duration', 'expected a string, got 60'],
    ['details that are not a list', step({ details: 'History' }), 'steps[1].details', 'expected a list, got "History"'],
    ['a note without text', { ...timeline, notes: [{ title: 'After' }] }, 'notes[0].text', 'is required'],
    ['a misspelt field', step({ durration: '1 h' }), 'steps[1].durration', 'unknown field (check its spelling)'],
    [
      'a duplicate step id',
      step({ id: 'assessment' }),
      'steps[1].id',
      'duplicate id "assessment": each id must be used once',
    ],
    ['no title', { steps: timeline.steps }, 'title', 'is required'],
  ];
  for (const name of ['rocket', 'Clipboard', 'follow_up', 'constructor', '__proto__']) {
    cases.push([
      `an unknown icon "${name}"`,
      step({ icon: name }),
      'steps[1].icon',
      `unknown icon "${name}": use one of ${Object.keys(icons).join(', ')}, or an image URL`,
    ]);
  }
  for (const url of [
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'data:image/svg+xml,<svg onload="alert(1)">',
    'vbscript:x',
  ]) {
    cases.push([
      `an unsafe icon URL ${JSON.stringify(url)}`,
      step({ icon: url }),
      'steps[1].icon',
      /^unsafe URL removed/,
    ]);
  }

  for (const [name, content, path, message] of cases) {
    it(`${name}: a schema error at ${path}, and the fallback stays`, async () => {
      const { element, detail } = await mountRefused('clinic-timeline', container, content, {}, FALLBACK);
      expect(detail).to.deep.include({ kind: 'schema', path, source: 'content property' });
      if (typeof message == 'string') expect(detail.message).to.equal(message);
      else expect(detail.message).to.match(message);
      expect(element.status).to.equal('error');
      expect(all(element, 'ol, img, [src], [href]')).to.have.length(0);
      expect(shown(element.querySelector('a')), 'the fallback link shows').to.be.true;
    });
  }

  it('names the element, the path in the file and the file in one console line', async () => {
    await mountRefused('clinic-timeline', container, undefined, {
      src: '/test/fixtures/timelines.json',
      timeline: 'broken',
    });
    expect(consoleErrors.lines).to.deep.equal([
      'clinic-timeline: timelines[1].steps[2].title: expected a string, got 5 (from /test/fixtures/timelines.json)',
    ]);
  });
});
