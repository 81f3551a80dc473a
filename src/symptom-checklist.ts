/** Registers `<clinic-symptom-checklist>` alone: `import 'clinic-elements/symptom-checklist'`. */
import { define } from './base/define.js';
import { SymptomChecklist } from './components/symptom-checklist/symptom-checklist.js';

define('clinic-symptom-checklist', SymptomChecklist);

export { SymptomChecklist };
export type { ChecklistDetail } from './components/symptom-checklist/symptom-checklist.events.js';
export type { SymptomChecklistContent } from './components/symptom-checklist/symptom-checklist.schema.js';
