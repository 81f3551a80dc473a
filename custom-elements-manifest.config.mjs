/**
 * custom-elements.json, the one description of the public API (`npm run analyze`, part of `npm run build`), and the
 * files generated from it. Our own plugins (scripts/manifest/plugins.js) resolve the types the analyzer leaves open.
 */
import { clinicManifestPlugins } from './scripts/manifest/plugins.js';

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  quiet: true,
  plugins: [...clinicManifestPlugins()],
};
