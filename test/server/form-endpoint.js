/**
 * A real form endpoint in the test runner's own server, for the consultation CTA's callback form.
 * Routes (under /form/):
 *   POST KEY?reply=R      records the request under KEY and answers with R: a status (200, 201, 422, 500),
 *                         a status after a delay in ms (201@3000), or `drop` (the connection closes unanswered).
 *                         422 answers with a JSON body naming the refused field; others with {"ok": …}.
 *   GET  reply/KEY?reply=R from now on, requests to KEY get R whatever their URL says: the server has recovered.
 *   GET  log/KEY          the requests recorded under KEY: [{method, type, body, aborted}], where body is the
 *                         parsed JSON or form fields, and aborted says the client gave up waiting.
 * Delays are capped at 10 s. Nothing is kept beyond the test run.
 *
 * A dropped connection may be retried by the browser itself (Chromium resends a request once when a
 * reused connection closes without an answer), so a test switches the reply with reply/KEY rather
 * than counting on the number of requests.
 */
import { wait } from './faults.js';

const logs = new Map();
const replies = new Map();
const log = (key) => {
  if (!logs.has(key)) logs.set(key, []);
  return logs.get(key);
};

async function readBody(request) {
  let text = '';
  for await (const chunk of request) text += chunk;
  return text;
}

function parse(type, text) {
  if (type.startsWith('application/json')) return JSON.parse(text);
  if (type.startsWith('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(text));
  return text;
}

export function formEndpoint() {
  return async (ctx, next) => {
    const match = /^\/form\/(?:(log|reply)\/)?([^/?]+)$/.exec(ctx.path);
    if (!match) return next();
    const [, route, key] = match;
    const reply = replies.get(key) ?? String(ctx.query.reply ?? '200');
    if (route) {
      if (route === 'reply') replies.set(key, String(ctx.query.reply));
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(route === 'log' ? log(key) : { reply: replies.get(key) });
      return;
    }
    if (ctx.method !== 'POST') {
      ctx.status = 405;
      return;
    }
    const type = ctx.get('content-type');
    const entry = { method: ctx.method, type, body: parse(type, await readBody(ctx.req)), aborted: false };
    log(key).push(entry);
    if (reply === 'drop') {
      ctx.req.socket.destroy();
      ctx.respond = false;
      return;
    }
    const [status, delay = '0'] = reply.split('@');
    if (await wait(ctx, Math.min(Number(delay), 10_000))) {
      entry.aborted = true;
      return;
    }
    ctx.status = Number(status);
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(
      ctx.status === 422
        ? { errors: [{ field: 'phone', message: 'not a number we can call' }] }
        : { ok: ctx.status < 300 },
    );
  };
}
