import '../../src/timeline.js';
import type { TimelineContent } from '../../src/components/timeline/timeline.schema.js';
import { timelineSamples } from './arbitraries.js';
import { fuzzElement, headings } from './harness.js';

fuzzElement({
  tag: 'clinic-timeline',
  samples: timelineSamples,
  madeTags: [...headings, ...'slot p div ol li span svg path img strong details summary ul'.split(' ')],
  title: (timeline: TimelineContent) => timeline.title,
});
