/**
 * Every way fetching a `src` can fail, served for real by the fault server: each is its own readable error, keeps the
 * fallback, logs one console line and lets no exception escape.
 */
import { expect } from '@esm-bundle/chai';
import { useContainer } from '../helpers/page.js';
import { requestAborted, serverCount, uniqueKey } from '../helpers/server.js';
import { card, failingCards, fixture } from './helpers.js';

useContainer();

describe('content errors: fetching', () => {
  const { failWith } = failingCards();

  it('404: names the status', async () => {
    const src = `/fault/status/404?key=${uniqueKey()}`;
    const detail = await failWith(card({ src }));
    expect(detail).to.deep.include({ kind: 'http', status: 404, source: src });
    expect(detail.message).to.match(/HTTP 404/);
  });

  it('500: names the status', async () => {
    const detail = await failWith(card({ src: `/fault/status/500?key=${uniqueKey()}` }));
    expect(detail).to.deep.include({ kind: 'http', status: 500 });
    expect(detail.message).to.match(/HTTP 500/);
  });

  it('a slow server: times out, and the request is aborted', async () => {
    const key = uniqueKey();
    const detail = await failWith(card({ src: fixture('article.json', key, 3000), timeout: '300' }));
    expect(detail.kind).to.equal('timeout');
    expect(detail.message).to.equal('no answer within 0.3 s');
    await requestAborted(key);
    expect(await serverCount(key)).to.deep.equal({ requests: 1, aborted: 1 });
  });

  it('an HTML page with status 200: refused by its content type', async () => {
    const detail = await failWith(card({ src: `/fault/html?key=${uniqueKey()}` }));
    expect(detail.kind).to.equal('content-type');
    expect(detail.message).to.equal('expected JSON, but the server sent text/html');
  });

  it('malformed JSON: says it does not parse', async () => {
    const detail = await failWith(card({ src: `/fault/malformed?key=${uniqueKey()}` }));
    expect(detail.kind).to.equal('json');
    expect(detail.message).to.match(/^not valid JSON \(.+\)$/);
  });

  it('a dropped connection: a network error', async () => {
    const detail = await failWith(card({ src: `/fault/drop?key=${uniqueKey()}` }));
    expect(detail.kind).to.equal('network');
    expect(detail.message).to.match(/could not be reached/);
  });

  it('another origin without CORS headers: a network error', async () => {
    const other = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    const detail = await failWith(card({ src: `http://${other}:${location.port}/test/fixtures/article.json` }));
    expect(detail.kind).to.equal('network');
    expect(detail.message).to.match(/CORS/);
  });

  it('an unsafe src is never fetched', async () => {
    const detail = await failWith(card({ src: 'javascript:alert(1)' }));
    expect(detail).to.deep.include({ kind: 'attribute', path: 'src' });
  });
});
