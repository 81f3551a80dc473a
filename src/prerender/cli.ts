#!/usr/bin/env node
/**
 * `clinic-elements prerender`: pre-renders the `clinic-` elements of a page, or of every page of a folder (what an
 * 11ty, Astro or Hugo build writes), and writes the stylesheets their shadow roots link.
 *
 *   clinic-elements prerender page.html -o out.html
 *   clinic-elements prerender site/ -o dist-site/ [--root site/] [--strict]
 */
import { copyFile, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { prerender, shadowStylesheet, TAGS } from './prerender.js';

const USAGE = `Usage: clinic-elements prerender <page.html | folder> -o <file | folder> [--root <folder>] [--strict]

  -o, --output    where to write: a file for a page (the page itself is printed without it), a folder for a folder
  --root          the site's root folder, against which a src that starts with / is read (default: the input folder)
  --stylesheets   the folder to write the shadow roots' stylesheets to (default: clinic-elements/ in the output)
  --site          the site's address (https://clinic.example/), for absolute URLs in schema.org data
  --strict        exit with 1 when an element could not be pre-rendered (each is still left as it was)`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    output: { type: 'string', short: 'o' },
    root: { type: 'string' },
    stylesheets: { type: 'string' },
    site: { type: 'string' },
    strict: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
});

const [command, input] = positionals;
if (values.help || command != 'prerender' || !input) {
  console.error(USAGE);
  process.exit(values.help ? 0 : 2);
}

const folder = (await stat(input)).isDirectory();
const output = values.output;
if (folder && !output) {
  console.error(`${USAGE}\n\nA folder needs -o, the folder to write the site to.`);
  process.exit(2);
}
const outputRoot = folder ? output! : output ? dirname(output) : '.';
const stylesheets = values.stylesheets ?? join(outputRoot, 'clinic-elements');
const root = values.root ?? (folder ? input : dirname(input));

let rendered = 0;
let failed = 0;
const accents = new Set<string>();

/** Pre-renders one page, read from `from`, written to `to` (or printed). */
async function page(from: string, to: string | undefined) {
  // The stylesheets' URL as the page sees it: relative to where the page is written.
  const base = relative(dirname(resolve(to ?? from)), resolve(stylesheets))
    .split(sep)
    .join('/');
  const html = await prerender(await readFile(from, 'utf8'), {
    file: from,
    root,
    accents,
    stylesheet: (tag) => `${base ? `${base}/` : ''}${tag}.css`,
    onRendered: () => rendered++,
    url: values.site && new URL(relative(root, from).split(sep).join('/'), values.site).href,
    onError: (line) => {
      failed++;
      console.error(`${from}: ${line}`);
    },
  });
  if (!to) return void process.stdout.write(html);
  await mkdir(dirname(to), { recursive: true });
  await writeFile(to, html);
}

/** Every file under `folder`, as paths relative to it. */
async function filesIn(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => relative(folder, join(entry.parentPath, entry.name)));
}

if (folder) {
  const outside = resolve(output!) != resolve(input);
  for (const file of await filesIn(input)) {
    const [from, to] = [join(input, file), join(output!, file)];
    if (file.endsWith('.html')) await page(from, to);
    else if (outside) {
      await mkdir(dirname(to), { recursive: true });
      await copyFile(from, to);
    }
  }
} else {
  await page(input, output);
}

await mkdir(stylesheets, { recursive: true });
for (const tag of TAGS) await writeFile(join(stylesheets, `${tag}.css`), shadowStylesheet(tag, accents));

console.error(
  `clinic-elements: ${rendered} element${rendered == 1 ? '' : 's'} pre-rendered` +
    (failed ? `, ${failed} left as ${failed == 1 ? 'it was' : 'they were'} (see above)` : '') +
    `; stylesheets in ${stylesheets}`,
);
if (failed && values.strict) process.exit(1);
