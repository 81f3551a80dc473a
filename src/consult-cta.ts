/** Registers `<clinic-consult-cta>` alone: `import 'clinic-elements/consult-cta'`. */
import { define } from './base/define.js';
import { ConsultCta } from './components/consult-cta/consult-cta.js';

define('clinic-consult-cta', ConsultCta);

export { ConsultCta };
export type { ConsultCtaContent } from './components/consult-cta/consult-cta.schema.js';
