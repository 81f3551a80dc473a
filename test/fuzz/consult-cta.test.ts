import '../../src/consult-cta.js';
import type { ConsultCtaContent } from '../../src/components/consult-cta/consult-cta.schema.js';
import { consultCtaSamples } from './arbitraries.js';
import { fuzzElement, headings } from './harness.js';

fuzzElement({
  tag: 'clinic-consult-cta',
  samples: consultCtaSamples,
  madeTags: [
    ...headings,
    ...'slot div button p a span form ul li label textarea input select option iframe'.split(' '),
  ],
  title: (cta: ConsultCtaContent) => cta.heading ?? 'Contact us',
});
