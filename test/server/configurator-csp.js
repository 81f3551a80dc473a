/**
 * The configurator's pages (stories/configurator/) under the strict CSP with Trusted Types that `npm start` sends,
 * in the test runner's own server, so that the page test meets the policy a clinic's site would send.
 */
import { CSP } from './faults.js';

export function configuratorCsp() {
  return async (ctx, next) => {
    await next();
    if (ctx.path.startsWith('/stories/configurator/') && ctx.response.is('html')) {
      ctx.set('content-security-policy', CSP);
    }
  };
}
