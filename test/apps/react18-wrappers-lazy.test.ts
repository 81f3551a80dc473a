import { describeWrappedPageRegisteredLate } from './wrapped-page.js';

describeWrappedPageRegisteredLate('react18');
