/**
 * The pre-renderer, as a static-site build runs it: each element from inline JSON, from a `src` beside the page,
 * under the site root and at an http(s) URL (read once), attributes over the content, the browser's own error line
 * for bad content, a missing file or an unsafe URL with the element left as it was, nothing else in the page changed
 * byte for byte, schema.org data, and the command over a folder, `--strict` included.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { prerender, shadowStylesheet } from 'clinic-elements/prerender';

const article = { id: 'pain', title: 'Depression and chronic pain', url: '/articles/pain', readingMinutes: 5 };
const timeline = { title: 'What to expect', steps: [{ title: 'Assessment', details: ['History'] }, { title: 'Plan' }] };
const checklist = { title: 'Symptoms', groups: [{ title: 'Body', items: [{ id: 'pain', label: 'Pain' }] }] };
const cta = { heading: 'Book a call', phone: { number: '+19495550100' } };

const inline = (value) => `<script type="application/json">${JSON.stringify(value)}</script>`;
const page = (body) =>
  `<!doctype html>\n<html lang="en">\n<head><title>A page</title></head>\n<body>\n${body}\n</body>\n</html>\n`;
/** The page as it was: every shadow root and JSON-LD script the pre-renderer inserted taken out again. */
const withoutInserted = (html) =>
  html
    .replace(/<template shadowroot[^]*?<\/template>/g, '')
    .replace(/<script type="application\/ld\+json">[^<]*<\/script>/g, '');
/** The text of the first shadow root in `html`, tags and Lit's markers dropped. */
const shadowText = (html) =>
  /<template shadowroot[^>]*>([^]*?)<\/template>/
    .exec(html)?.[1]
    .replace(/<!--[^]*?-->|<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

let site;
let server;
let requests = 0;

before(async () => {
  site = await mkdtemp(join(tmpdir(), 'prerender-'));
  await mkdir(join(site, 'content'));
  await mkdir(join(site, 'blog'));
  await writeFile(join(site, 'content', 'articles.json'), JSON.stringify({ articles: [article] }));
  await writeFile(join(site, 'content', 'timeline.json'), JSON.stringify(timeline));
  server = createServer((request, response) => {
    requests++;
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(checklist));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
});
after(() => server.close());

const run = async (body, options = {}) => {
  const errors = [];
  const html = await prerender(page(body), {
    file: join(site, 'index.html'),
    onError: (line) => errors.push(line),
    ...options,
  });
  return { html, errors };
};

test('renders inline JSON into a declarative shadow root linking its stylesheet, keeping the fallback', async () => {
  const { html, errors } = await run(
    `<clinic-article-card>${inline(article)}<a href="/articles">Our articles</a></clinic-article-card>`,
  );
  assert.deepEqual(errors, []);
  assert.match(html, /<clinic-article-card><template shadowroot="open" shadowrootmode="open"><link rel="stylesheet"/);
  assert.match(html, /href="clinic-elements\/clinic-article-card\.css"/);
  assert.match(shadowText(html), /^Depression and chronic pain 5 min read$/);
  assert.match(html, /<a href="\/articles">Our articles<\/a><\/clinic-article-card>/, 'the fallback stays');
});

test('reads src beside the page and under the site root, picks the entry, applies the attributes', async () => {
  const { html, errors } = await run(
    `<clinic-timeline src="content/timeline.json"></clinic-timeline>
<clinic-article-card src="/content/articles.json" article="pain" heading="A new title"></clinic-article-card>`,
    { root: site },
  );
  assert.deepEqual(errors, []);
  const [first, second] = html.split('<clinic-article-card');
  assert.match(shadowText(first), /^What to expect 1 Assessment/);
  assert.match(shadowText(`<x${second}`), /^A new title/);
});

test('fetches an http(s) src once for every element and page that uses it', async () => {
  const src = `http://127.0.0.1:${server.address().port}/checklists.json`;
  const before = requests;
  const body = `<clinic-symptom-checklist src="${src}"></clinic-symptom-checklist>`.repeat(2);
  await run(body);
  const { html, errors } = await run(body);
  assert.deepEqual(errors, []);
  assert.equal(requests - before, 1, 'one request in all');
  assert.match(shadowText(html), /^Symptoms Body Pain 0 of 1 selected/);
});

test('leaves bad content, a missing file and an unsafe src as they were, with the browser’s error line', async () => {
  const body = [
    `<clinic-article-card>${inline({ ...article, title: 5 })}<a href="/a">Fallback</a></clinic-article-card>`,
    '<clinic-timeline src="content/missing.json"></clinic-timeline>',
    '<clinic-consult-cta src="javascript:alert(1)"></clinic-consult-cta>',
    `<clinic-article-card>${inline('{')}</clinic-article-card>`.replace(
      inline('{'),
      '<script type="application/json">{</script>',
    ),
  ].join('\n');
  const { html, errors } = await run(body);
  assert.equal(html, page(body), 'the page is unchanged');
  assert.equal(errors[0], 'clinic-article-card: title: expected a string, got 5 (from inline JSON)');
  assert.match(
    errors[1],
    /^clinic-timeline: the server answered HTTP 404 Not Found \(no file .*\) \(from content\/missing.json\)$/,
  );
  assert.equal(errors[2], 'clinic-consult-cta: src: must be an http(s) or relative URL (from javascript:alert(1))');
  assert.match(errors[3], /^clinic-article-card: not valid JSON \(.*\) \(from inline JSON\)$/);
});

test('changes nothing outside the elements, byte for byte, and changes nothing more the second time', async () => {
  const body = `<p lang="es">Antes <b>del</b>   texto.</p>
  <clinic-article-card>${inline(article)}</clinic-article-card>
  <!-- a comment --><div data-x='1'>Después &amp; más</div>
  <clinic-consult-cta>${inline(cta)}</clinic-consult-cta>`;
  const { html } = await run(body);
  assert.equal(withoutInserted(html), page(body));
  const { html: again } = await run(html.slice(html.indexOf('<p'), html.lastIndexOf('\n</body>')));
  assert.equal(again, html);
});

test('renders in the nearest lang of the page', async () => {
  const { html } = await run(`<div lang="es"><clinic-article-card>${inline(article)}</clinic-article-card></div>`);
  assert.match(shadowText(html), /5 min de lectura$/);
});

test('writes schema.org data as JSON-LD inside the elements that ask for it', async () => {
  const reviewed = { ...article, reviewedBy: 'Dr. Ana López', reviewedOn: '2024-03-01', author: 'Mindful Infusions' };
  const hours = { timezone: 'America/Los_Angeles', weekly: [{ days: ['mon', 'tue'], open: '09:00', close: '17:00' }] };
  const { html } = await run(
    `<clinic-article-card structured-data>${inline(reviewed)}</clinic-article-card>
<clinic-consult-cta structured-data>${inline({ ...cta, booking: { url: '/book' }, hours })}</clinic-consult-cta>
<clinic-timeline structured-data>${inline(timeline)}</clinic-timeline>`,
    { url: 'https://clinic.example/blog/' },
  );
  const data = [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map(([, json]) =>
    JSON.parse(json),
  );
  assert.equal(data.length, 2, 'the card and the CTA; a timeline has none');
  assert.deepEqual(data[0], {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    url: 'https://clinic.example/articles/pain',
    reviewedBy: { '@type': 'Person', name: 'Dr. Ana López' },
    lastReviewed: '2024-03-01',
    mainEntity: {
      '@type': 'Article',
      headline: 'Depression and chronic pain',
      url: 'https://clinic.example/articles/pain',
      dateModified: '2024-03-01',
      author: { '@type': 'Person', name: 'Mindful Infusions' },
    },
  });
  assert.deepEqual(data[1], {
    '@context': 'https://schema.org',
    '@type': 'MedicalClinic',
    telephone: '+19495550100',
    url: 'https://clinic.example/book',
    openingHoursSpecification: [
      { '@type': 'OpeningHoursSpecification', dayOfWeek: ['Monday', 'Tuesday'], opens: '09:00', closes: '17:00' },
    ],
  });
});

test('a shadow stylesheet holds the element’s styles and the accents the pages use, and only colours', () => {
  const css = shadowStylesheet('clinic-article-card', ['#f2c14e', 'red}body{display:none']);
  assert.match(css, /:host\(\[accent="#f2c14e" i\]\) \{ --clinic-accent: #f2c14e !important; \}/);
  assert.doesNotMatch(css, /red\}body/, 'what is no colour is dropped');
  assert.match(css, /\.category/);
});

test('the command does a folder: pages, other files, stylesheets; --strict fails on an error', async () => {
  const out = join(site, '..', `${site.split('/').pop()}-out`);
  await writeFile(join(site, 'index.html'), page(`<clinic-article-card>${inline(article)}</clinic-article-card>`));
  await writeFile(
    join(site, 'blog', 'post.html'),
    page('<clinic-timeline src="../content/timeline.json"></clinic-timeline>'),
  );
  const command = ['dist/lib/prerender/cli.js', 'prerender', site, '-o', out];
  const { stderr } = await promisify(execFile)('node', command);
  assert.match(stderr, /2 elements pre-rendered/);
  const post = await readFile(join(out, 'blog', 'post.html'), 'utf8');
  assert.match(post, /href="\.\.\/clinic-elements\/clinic-timeline\.css"/, 'linked relative to the page');
  assert.deepEqual((await readdir(join(out, 'clinic-elements'))).sort(), [
    'clinic-article-card.css',
    'clinic-consult-cta.css',
    'clinic-symptom-checklist.css',
    'clinic-timeline.css',
  ]);
  assert.equal(await readFile(join(out, 'content', 'timeline.json'), 'utf8'), JSON.stringify(timeline));

  await writeFile(join(site, 'blog', 'broken.html'), page(`<clinic-timeline>${inline({})}</clinic-timeline>`));
  await promisify(execFile)('node', command); // without --strict, an error does not fail the build
  await assert.rejects(promisify(execFile)('node', [...command, '--strict']), (error) => {
    assert.equal(error.code, 1);
    assert.match(error.stderr, /broken\.html: clinic-timeline: title: is required \(from inline JSON\)/);
    return true;
  });
});
