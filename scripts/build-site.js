/**
 * npm run build-site: the demo (also pre-rendered), the configurator and the Storybook in one static folder, site/,
 * that a clinic can host anywhere (no server code: the configurator keeps its work in the browser). The folders keep
 * the repository's layout, so every relative address in the pages works unchanged. Run after `npm run build`,
 * `npm run prerender-demo` and `npm run build-storybook` (the npm script runs them first).
 *
 * A host should send the pages with the CSP the demo is built for (scripts/serve.js); site/_headers says it in the
 * form Netlify and Cloudflare Pages read.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CSP } from './serve.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const site = `${root}site`;

const needed = [
  'dist/clinic-elements.js',
  'stories/demo-prerendered/index.html',
  'stories/configurator/build/configurator.js',
  'storybook-static/index.html',
];
const missing = needed.filter((file) => !existsSync(`${root}${file}`));
if (missing.length) {
  console.error(`build-site: missing ${missing.join(', ')}: run npm run build and npm run build-storybook first.`);
  process.exit(1);
}

rmSync(site, { recursive: true, force: true });
mkdirSync(`${site}/dist`, { recursive: true });
const copy = (path) => cpSync(`${root}${path}`, `${site}/${path}`, { recursive: true });

// The browser's files of the library: the script, its chunks and the stylesheet (not lib/, the npm package's modules).
for (const file of readdirSync(`${root}dist`)) if (/^clinic-elements.*\.(js|css)$/.test(file)) copy(`dist/${file}`);
if (existsSync(`${root}dist/chunks`)) copy('dist/chunks');
const folders = [
  'schemas',
  'presets',
  'custom-elements.json',
  'stories/demo',
  'stories/demo-prerendered',
  'storybook-static',
];
for (const path of folders) copy(path);
mkdirSync(`${site}/stories/configurator`, { recursive: true });
for (const file of ['index.html', 'preview.html', 'configurator.css', 'preview.css', 'build']) {
  copy(`stories/configurator/${file}`);
}

writeFileSync(
  `${site}/index.html`,
  `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>clinic-elements</title>
    <link rel="icon" href="data:," />
  </head>
  <body>
    <main>
      <h1>clinic-elements</h1>
      <ul>
        <li><a href="stories/demo/">The demo clinic page</a></li>
        <li><a href="stories/demo-prerendered/">The same page, pre-rendered: it reads with scripts off</a></li>
        <li><a href="stories/configurator/">The configurator: make an element and copy its code</a></li>
        <li><a href="storybook-static/">Every element in every state (Storybook)</a></li>
      </ul>
    </main>
  </body>
</html>
`,
);
// Storybook's own pages need inline scripts, so the strict policy covers everything else.
const policy = `  Content-Security-Policy: ${CSP}\n`;
writeFileSync(`${site}/_headers`, `/stories/*\n${policy}/index.html\n${policy}`);
console.log('site/: the demo, the configurator and the Storybook, ready to host as static files.');
