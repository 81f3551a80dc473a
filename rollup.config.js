import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';

/** One entry per element (src/<name>.ts): each registers only its own tag. */
export const elements = ['article-card', 'consult-cta', 'symptom-checklist', 'timeline'];

/**
 * The TypeScript and its html`` and css`` literals, as every build ships them: Lit's own minifier for the literals
 * (html-minifier-next and lightningcss; a literal it cannot parse fails the build; unquoted attributes are safe in
 * Lit templates, and 0.1 KB smaller). Every build gets the same template strings, which hydration needs: a page
 * pre-rendered with one build is taken over by any other.
 */
const source = () => [
  minifyLiterals({ failOnError: true, options: { minifyOptions: { removeAttributeQuotes: true } } }),
  nodeResolve(),
  esbuild({ target: 'es2022' }),
];

/** The build's plugins, fresh for each build (npm run bench builds its Lit anchor with them too). */
export const plugins = () => [
  ...source(),
  // terser packs this code about 2% smaller than esbuild's minifier (measured with npm run size).
  terser({ ecma: 2022, module: true, compress: { passes: 3 }, format: { comments: false } }),
];

/** The modules a project imports from npm: the classes, the entries, the React wrappers and the pre-renderer. */
const packageModules = [
  'src/index.ts',
  'src/define.ts',
  ...elements.map((name) => `src/${name}.ts`),
  'src/react/wrappers.ts',
  'src/prerender/prerender.ts',
  'src/prerender/cli.ts',
];

export default [
  // The single-script embed: every element and Lit in one minified file, and beside it the chunks of opt-in
  // features that it loads only for content that asks for them (the CTA's callback form).
  {
    input: 'src/define.ts',
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: 'clinic-elements.js',
      chunkFileNames: 'clinic-elements-[name]-[hash].js',
    },
    // The feature chunks import what they share from the bundle itself, rather than from a third file.
    preserveEntrySignatures: 'allow-extension',
    plugins: plugins(),
  },
  // One file per element for pages that use one or two, sharing their common code as chunks.
  {
    input: Object.fromEntries(elements.map((name) => [name, `src/${name}.ts`])),
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    plugins: plugins(),
  },
  // The npm package's modules (dist/lib): one file per module, readable, with the dependencies left as imports for
  // the project's own bundler, or Node. tsc writes their types beside them.
  {
    input: packageModules,
    output: { dir: 'dist/lib', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
    external: (id) => /^(node:|[@a-z])/.test(id),
    plugins: source(),
  },
];
