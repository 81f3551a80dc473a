/** Registers `<clinic-timeline>` alone: `import 'clinic-elements/timeline'`. */
import { define } from './base/define.js';
import { Timeline } from './components/timeline/timeline.js';

define('clinic-timeline', Timeline);

export { Timeline };
export type { TimelineContent, TimelineStep } from './components/timeline/timeline.schema.js';
