import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import minifyLiterals from './scripts/minify-literals.js';

/** One entry per element: each registers only its own tag. */
export const elements = ['article-card'];

const plugins = () => [minifyLiterals(), nodeResolve(), esbuild({ target: 'es2022', minify: true, legalComments: 'none' })];

export default [
  // The single-script embed: every element and Lit in one minified file.
  {
    input: 'src/define.ts',
    output: { file: 'dist/clinic-elements.js', format: 'es' },
    plugins: plugins(),
  },
  // One file per element for pages that use one or two, sharing their common code as chunks.
  {
    input: Object.fromEntries(elements.map((name) => [name, `src/${name}.ts`])),
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    plugins: plugins(),
  },
];
