/**
 * npm run size: min+gzip and min+brotli of each built file, and the budgets (issue #2):
 *   the article card's entry, with the chunks it imports and Lit: ≤ 10 KB gzip;
 *   the single-script bundle with all four elements: ≤ 20 KB gzip. Opt-in features that it loads only for
 *   content that asks for them (the CTA's callback form) are chunks beside it, printed on their own.
 * The other entries are printed without a budget: Lit and the shared pipeline alone are about 9 KB.
 * KB here is 1000 bytes. Run after `npm run build`.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { elements } from '../rollup.config.js';

const BUDGET = { card: 10_000, bundle: 20_000 };
const read = (file) => readFileSync(`dist/${file}`, 'utf8');
const measure = (code) => ({
  min: Buffer.byteLength(code),
  gzip: gzipSync(code, { level: 9 }).length,
  brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

/** An entry and every chunk it imports statically, as the browser loads them: each file compressed on its own. */
function withChunks(file, seen = new Set()) {
  if (seen.has(file)) return { min: 0, gzip: 0, brotli: 0 };
  seen.add(file);
  const code = read(file);
  const imports = [...code.matchAll(/(?:from|import)\s*"\.\/((?:chunks\/)?[\w.-]+\.js)"/g)].map((m) => m[1]);
  const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  return imports
    .map((path) => withChunks(dir + path, seen))
    .reduce(
      (sum, size) => ({ min: sum.min + size.min, gzip: sum.gzip + size.gzip, brotli: sum.brotli + size.brotli }),
      measure(code),
    );
}

const rows = [['clinic-elements.js + its core (all elements)', withChunks('clinic-elements.js'), BUDGET.bundle]];
const features = readdirSync('dist').filter((file) => /^clinic-elements-(?!core-).+\.js$/.test(file));
/** A chunk's name without the build's hash: clinic-elements-callback-form-B7D3bfAp.js → callback-form. */
const featureName = (file) => file.replace(/^clinic-elements-/, '').replace(/-[\w-]{8}\.js$/, '');
for (const feature of features) rows.push([`  + ${featureName(feature)} (loaded on use)`, measure(read(feature))]);
for (const name of elements) {
  rows.push([`${name}.js + its chunks`, withChunks(`${name}.js`), name == 'article-card' && BUDGET.card]);
}
const chunks = existsSync('dist/chunks') ? readdirSync('dist/chunks') : [];
for (const chunk of chunks) {
  rows.push([`chunks/${chunk}`, measure(read(`chunks/${chunk}`))]);
}

const kb = (bytes) => (bytes / 1000).toFixed(2).padStart(6);
console.log(`${'file'.padEnd(60)}   min KB  gzip KB  brotli KB  budget (gzip)`);
let over = 0;
for (const [name, size, budget] of rows) {
  const verdict = budget ? (size.gzip <= budget ? `≤ ${budget / 1000} ok` : `> ${budget / 1000} OVER`) : '';
  if (budget && size.gzip > budget) over++;
  console.log(`${name.padEnd(60)} ${kb(size.min)}   ${kb(size.gzip)}     ${kb(size.brotli)}  ${verdict}`);
}
if (over) {
  console.error(`\n${over} file(s) over budget.`);
  process.exit(1);
}
