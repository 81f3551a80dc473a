/**
 * Builds the configurator page (stories/configurator/): its own bundle, apart from the library's, so that it adds
 * nothing to dist/clinic-elements.js, and the index of the presets in presets/, so that a preset added there appears
 * in the configurator with no edit. Both go to stories/configurator/build/ (not committed).
 *   node scripts/configurator.js
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const output = `${root}stories/configurator/build`;

await mkdir(output, { recursive: true });
const presets = (await readdir(`${root}presets`)).filter((file) => file.endsWith('.json')).sort();
await writeFile(`${output}/presets.json`, JSON.stringify(presets) + '\n');
await build({
  entryPoints: [`${root}stories/configurator/configurator.ts`],
  outfile: `${output}/configurator.js`,
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  legalComments: 'none',
  logLevel: 'warning',
});
