import { describeWrappedPage } from './wrapped-page.js';

describeWrappedPage('react18');
