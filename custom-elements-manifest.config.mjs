/**
 * custom-elements.json, the one description of the public API (`npm run analyze`, part of `npm run build`), and the
 * files generated from it into dist/. Our own plugins (scripts/manifest/plugins.js) resolve what the analyzer leaves
 * open; then the generators, each given the final manifest:
 * - @wc-toolkit/jsx-types: JSX types for React 19 and Preact (dist/types/jsx.d.ts), and for Solid with
 *   scripts/manifest/solid-types.js (dist/types/jsx-solid.d.ts);
 * - scripts/manifest/vue-types.js: Vue's GlobalComponents (dist/types/vue.d.ts; why not
 *   custom-element-vuejs-integration: see the file);
 * - custom-element-vs-code-integration: VS Code's HTML and CSS custom data (dist/editors/vscode.*.json);
 * - custom-element-jet-brains-integration: JetBrains' web-types (dist/editors/web-types.json, found through
 *   package.json "web-types").
 * The generated types name the element classes and event types through the package itself, as an app imports them.
 */
import { readFileSync } from 'node:fs';
import { jsxTypesPlugin } from '@wc-toolkit/jsx-types';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { withEventsTypedByClass } from './scripts/manifest/event-types.js';
import { clinicManifestPlugins } from './scripts/manifest/plugins.js';
import { solidTypesPlugin } from './scripts/manifest/solid-types.js';
import { vueTypesPlugin } from './scripts/manifest/vue-types.js';

const packageName = JSON.parse(readFileSync('package.json', 'utf8')).name;
/** The abstract base of the four elements: no tag of its own. */
const exclude = ['ClinicElement'];
const types = { outdir: 'dist/types', jsxFileName: 'jsx.d.ts' };
/** The module whose exports are the package's main entry (package.json "types"): what generated types can import. */
const entry = 'src/index.ts';
const editors = { outdir: 'dist/editors', exclude, hideLogs: true };

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/react/**'],
  litelement: true,
  quiet: true,
  plugins: [
    ...clinicManifestPlugins(),
    withEventsTypedByClass(
      jsxTypesPlugin({ outdir: types.outdir, fileName: types.jsxFileName, globalTypePath: packageName, exclude }),
      { packageName, entry },
    ),
    solidTypesPlugin({ ...types, fileName: 'jsx-solid.d.ts' }),
    vueTypesPlugin({ outdir: types.outdir, fileName: 'vue.d.ts', packageName, entry, exclude }),
    customElementVsCodePlugin({
      ...editors,
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      descriptionSrc: 'summary',
    }),
    customElementJetBrainsPlugin({ ...editors, webTypesFileName: 'web-types.json', descriptionSrc: 'summary' }),
  ],
};
