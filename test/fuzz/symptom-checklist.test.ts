import '../../src/symptom-checklist.js';
import type { SymptomChecklist } from '../../src/components/symptom-checklist/symptom-checklist.js';
import type { SymptomChecklistContent } from '../../src/components/symptom-checklist/symptom-checklist.schema.js';
import { symptomChecklistSamples } from './arbitraries.js';
import { fuzzElement, headings } from './harness.js';

fuzzElement({
  tag: 'clinic-symptom-checklist',
  samples: symptomChecklistSamples,
  // The crisis resources' links (ul, li, a) among them.
  madeTags: [...headings, ...'slot article p div fieldset legend span label input strong button ul li a'.split(' ')],
  title: (checklist: SymptomChecklistContent) => checklist.title,
  // Ticks every item with its highest answer, so that crisis resources (with the content's own links) show.
  async interact(element) {
    for (const item of element.shadowRoot!.querySelectorAll('[part="item"]')) {
      const inputs = [...item.querySelectorAll('input')];
      inputs.reduce((highest, input) => (+input.value > +highest.value ? input : highest)).click();
    }
    await (element as SymptomChecklist).updateComplete;
  },
});
