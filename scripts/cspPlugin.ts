import type { Plugin } from 'vite';
import { cspHeader } from '../electron/main/securityPolicy';

/**
 * Writes the page's Content-Security-Policy <meta> from the one policy in electron/main/securityPolicy.ts.
 * Built pages get the strict policy (file:// responses carry no headers, so the meta is what protects them).
 * The dev server gets the development policy (Vite's HMR socket), unless `devHeaderOnly`: Electron's main process
 * sends that policy as a response header in development, so the page needs none.
 */
export function cspMeta(options: { devHeaderOnly: boolean }): Plugin {
  let isDev = false;
  return {
    name: 'petition-desk:csp-meta',
    configResolved(config) {
      isDev = config.command === 'serve';
    },
    transformIndexHtml() {
      if (isDev && options.devHeaderOnly) return [];
      return [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: cspHeader(isDev) },
          injectTo: 'head-prepend',
        },
      ];
    },
  };
}
