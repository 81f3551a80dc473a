// ESLint (flat config): TypeScript with type information, Lit templates, their accessibility, and the
// custom-element rules. `npm run lint` runs it with zero warnings allowed; Prettier owns the layout.
import js from '@eslint/js';
import stylistic from '@stylistic/eslint-plugin';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'storybook-static/',
      'site/',
      'stories/configurator/build/',
      'node_modules/',
      'custom-elements.json',
      'test/fixtures/apps/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  lit.configs['flat/recommended'],
  litA11y.configs.recommended,
  wc.configs['flat/best-practice'],
  {
    plugins: { '@stylistic': stylistic },
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser },
    },
    rules: {
      // Prettier wraps code at 120; this holds comments, strings and templates to the same width.
      '@stylistic/max-len': ['error', { code: 120, ignoreUrls: true }],
      // Numbers and booleans in messages read fine; objects would not, and are still refused.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      // Lit's `declare`d reactive properties are typed by hand; a non-null assertion after a check reads better than a
      // cast.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // `wc/guard-super-call` wants `if (super.connectedCallback)`: LitElement always has them.
      'wc/guard-super-call': 'off',
      // A hook's default that ignores its argument names it with a leading underscore.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // `$<HTMLInputElement>(selector)` types a query as `querySelector<E>` does.
      '@typescript-eslint/no-unnecessary-type-parameters': 'off',
      // `() => void doSomething()` and `(x) => list.push(x)` read plainly; braces would add nothing.
      '@typescript-eslint/no-confusing-void-expression': 'off',
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // Chai's assertions are expressions: `expect(x).to.be.true`.
      '@typescript-eslint/no-unused-expressions': 'off',
      // A test names the element it created or the event it listened for: `createElement('x') as X`.
      '@typescript-eslint/no-unsafe-class-instance-assignment': 'off',
      // A test keeps `window.print` or `matchMedia` to put it back afterwards; it never calls it unbound.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    // Node scripts, configs and the test servers.
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { ...globals.node } },
  },
);
