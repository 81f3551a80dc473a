/**
 * A stand-in for Calendly's and Cal.com's booking pages, for the tests and the demo: served on a second origin
 * (the test runner's or the demo's own server under another host name), it posts the messages the real pages post
 * to the page that frames them, in their real formats:
 *   Calendly  { event: 'calendly.page_height', payload: { height: '812px' } }
 *             { event: 'calendly.event_scheduled', payload: { event: { uri }, invitee: { uri } } }
 *   Cal.com   { originator: 'CAL', type, namespace, fullType: 'CAL::<type>', data }, with the types
 *             __iframeReady, __dimensionChanged ({ iframeHeight, iframeWidth, isFirstTime }), then for one booking
 *             both bookingSuccessful and bookingSuccessfulV2 (with the same uid), as Cal.com sends them; and
 *             linkReady once the parent answers __iframeReady with its parentKnowsIframeReady.
 * Routes:
 *   /scheduler/calendly/…             a Calendly event page (any path)
 *   /scheduler/calcom/…/embed         a Cal.com booking page as its embed frames it
 *   /scheduler/fake-scheduler.js      the page's script (no inline script: the demo's CSP allows none)
 *   ?delay=MS                         answers after MS milliseconds (at most 30 s): a frame that does not load in time
 *   ?book=1                           posts a booking as soon as it loads (a page the frame was sent to)
 * Tests steer a page they cannot reach into (another origin) with messages: { fake: 'book' } makes the booking,
 * { fake: 'height', height } says a new height, { fake: 'go', to } navigates the frame elsewhere.
 */

const MAX_DELAY = 30_000;

const page = (provider) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Fake ${provider == 'calcom' ? 'Cal.com' : 'Calendly'}</title>
    <link rel="stylesheet" href="/scheduler/fake-scheduler.css" />
    <script type="module" src="/scheduler/fake-scheduler.js" data-provider="${provider}"></script>
  </head>
  <body>
    <h1>Fake ${provider == 'calcom' ? 'Cal.com' : 'Calendly'}: 30 minute consultation</h1>
    <p>Tuesday, 8 December 2026</p>
    <ul class="slots">
      <li><button data-slot="09:00">9:00 AM</button></li>
      <li><button data-slot="10:30">10:30 AM</button></li>
      <li><button data-slot="14:00">2:00 PM</button></li>
    </ul>
    <p class="done" hidden>You are scheduled. A calendar invitation is on its way.</p>
  </body>
</html>`;

const style = `body { font: 16px/1.5 system-ui, sans-serif; margin: 0; padding: 1.5em; color: #1a1a1a; }
h1 { font-size: 1.25em; margin: 0 0 0.5em; }
.slots { display: grid; gap: 0.5em; padding: 0; list-style: none; max-width: 20em; }
.slots button { width: 100%; padding: 0.75em; border: 2px solid #006bff; border-radius: 0.5em; background: #fff;
  color: #006bff; font: inherit; font-weight: 600; cursor: pointer; }
.done { padding: 1em; border-radius: 0.5em; background: #e6f4ea; }`;

/** The page's script: the messages each provider's page posts, in their formats. */
function script() {
  const provider = document.querySelector('script[data-provider]').dataset.provider;
  const post = (message) => parent.postMessage(message, '*');
  const cal = (type, data = {}) => post({ originator: 'CAL', type, namespace: '', fullType: `CAL::${type}`, data });
  let bookings = 0;
  let firstHeight = true;

  function sayHeight(height = Math.ceil(document.body.getBoundingClientRect().height)) {
    if (provider == 'calendly') post({ event: 'calendly.page_height', payload: { height: `${height}px` } });
    else cal('__dimensionChanged', { iframeHeight: height, iframeWidth: innerWidth, isFirstTime: firstHeight });
    firstHeight = false;
  }

  function book() {
    const id = `FAKE-${Date.now().toString(36)}-${++bookings}`;
    document.querySelector('.done').hidden = false;
    if (provider == 'calendly') {
      post({
        event: 'calendly.event_scheduled',
        payload: {
          event: { uri: `https://api.calendly.com/scheduled_events/${id}` },
          invitee: { uri: `https://api.calendly.com/scheduled_events/${id}/invitees/1` },
        },
      });
    } else {
      const booking = { title: '30 minute consultation', startTime: '2026-12-08T17:30:00Z', status: 'ACCEPTED' };
      cal('bookingSuccessful', { booking: { ...booking, uid: id }, confirmed: true });
      cal('bookingSuccessfulV2', { ...booking, uid: id, paymentRequired: false, isRecurring: false });
    }
    sayHeight();
  }

  for (const button of document.querySelectorAll('[data-slot]')) button.addEventListener('click', book);
  addEventListener('message', (event) => {
    if (event.source !== parent) return;
    const message = event.data ?? {};
    if (message.fake == 'book') book();
    if (message.fake == 'height') sayHeight(message.height);
    if (message.fake == 'go') location.href = message.to;
    // Cal.com shows its page once the parent says it knows the frame is ready, and then says it is.
    if (message.originator == 'CAL' && message.method == 'parentKnowsIframeReady') cal('linkReady');
  });
  if (provider == 'calcom') cal('__iframeReady', { isPrerendering: false });
  sayHeight();
  if (new URLSearchParams(location.search).has('book')) book();
}

/** The answer to a request for the fake scheduler, or undefined for any other path. */
export async function fakeScheduler(pathname, search) {
  if (!pathname.startsWith('/scheduler/')) return undefined;
  const delay = Math.min(Number(new URLSearchParams(search).get('delay') ?? 0), MAX_DELAY);
  if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
  if (pathname == '/scheduler/fake-scheduler.js') return { type: 'text/javascript', body: `(${script})();` };
  if (pathname == '/scheduler/fake-scheduler.css') return { type: 'text/css', body: style };
  const provider = /^\/scheduler\/(calendly|calcom)\//.exec(pathname)?.[1];
  return provider ? { type: 'text/html; charset=utf-8', body: page(provider) } : undefined;
}

/** The fake scheduler as a middleware of the test runner's server (Koa). */
export function fakeSchedulerMiddleware() {
  return async (context, next) => {
    const answer = await fakeScheduler(context.path, context.querystring);
    if (!answer) return next();
    context.type = answer.type;
    context.body = answer.body;
  };
}
