/** The single-script entry: registers every element (guarded) and exports the classes. */
import './article-card.js';
import './timeline.js';
import './symptom-checklist.js';
import './consult-cta.js';

export * from './index.js';
