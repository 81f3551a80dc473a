import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';

/** How long `/__slow/*` keeps a request waiting, so the Loading story shows its state. */
const SLOW_MS = 60_000;

/**
 * Dev server only (`npm run storybook`): answers `/__slow/<path>` after 60 s with a redirect to
 * `/<path>`, so a card with `src="__slow/content/articles.json"` really waits on the network.
 * The static build has no server of its own, so there the request simply fails (404).
 */
function slowEndpoint(): Plugin {
  return {
    name: 'clinic-slow-endpoint',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use('/__slow', (request, response) => {
        const timer = setTimeout(() => {
          response.writeHead(307, { location: request.url ?? '/', 'cache-control': 'no-store' }).end();
        }, SLOW_MS);
        response.on('close', () => clearTimeout(timer)); // sent, or the card gave up waiting
      });
    },
  };
}

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.stories.ts'],
  // The demo's JSON and images, at the paths its relative URLs expect from iframe.html.
  staticDirs: [
    { from: '../stories/demo/content', to: '/content' },
    { from: '../stories/demo/images', to: '/images' },
    { from: '../stories/demo/articles', to: '/articles' },
    // The screeners, so that the PHQ-2 finds the PHQ-9 beside it.
    { from: '../presets', to: '/presets' },
  ],
  core: { disableTelemetry: true },
  viteFinal(config) {
    config.plugins = [...(config.plugins ?? []), slowEndpoint()];
    // The renderer imports this deep path itself; pre-bundled with lit, the dev server loads one
    // lit-html instead of two (and Lit's "Multiple versions of Lit loaded" warning goes away).
    config.optimizeDeps = {
      ...config.optimizeDeps,
      include: [...(config.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'],
    };
    return config;
  },
};

export default config;
