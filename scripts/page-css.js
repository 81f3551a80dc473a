/**
 * Writes dist/clinic-elements.css, the page-level stylesheet that keeps each element's space until its
 * content shows (src/page-styles/page-styles.ts). Part of `npm run build`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { build } from 'esbuild';

const { outputFiles } = await build({
  entryPoints: ['src/page-styles/page-styles.ts'],
  bundle: true,
  format: 'esm',
  write: false,
  logLevel: 'error',
});
const { pageStyles } = await import(
  `data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`
);
await mkdir('dist', { recursive: true });
await writeFile('dist/clinic-elements.css', pageStyles());
