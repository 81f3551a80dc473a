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

/** The modules a project imports from npm: the classes, the entries, React wrappers, the words, the pre-renderer. */
const packageModules = [
  'src/index.ts',
  'src/define.ts',
  ...elements.map((name) => `src/${name}.ts`),
  'src/react/wrappers.ts',
  // The English words and their keys, for tools (a configurator); not in the single-script bundle.
  'src/words.ts',
  'src/prerender/prerender.ts',
  'src/prerender/cli.ts',
];

export default [
  // The single-script embed: clinic-elements.js, which a page links, and the core beside it, with every element and
  // Lit; and the chunks of opt-in features the core loads only when a page needs them (the CTA's callback form, the
  // take-over of pre-rendered elements). The chunks import what they share from the core, never from
  // clinic-elements.js: a page may load that with a query (WordPress adds ?ver=), and a chunk that imported it
  // without would load a second copy of everything.
  {
    input: 'src/define.ts',
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: 'clinic-elements.js',
      chunkFileNames: (chunk) =>
        chunk.isDynamicEntry ? 'clinic-elements-[name]-[hash].js' : 'clinic-elements-core-[hash].js',
    },
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
