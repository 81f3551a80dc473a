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
  // The content's heading, else its label for the built-in one, else the built-in one.
  title: (cta: ConsultCtaContent) => cta.heading ?? (cta.labels?.heading as string | undefined) ?? 'Contact us',
});
