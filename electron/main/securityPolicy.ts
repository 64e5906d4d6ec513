/**
 * The shell's security decisions as pure functions, kept apart from security.ts (which wires them into Electron)
 * so vitest can check them without loading electron.
 */

/**
 * The Content-Security-Policy of the app page. antd and docx-preview inject <style> elements, hence
 * 'unsafe-inline' for styles only. In development Vite's React refresh preamble is an inline module script and the
 * dev server pushes updates over a WebSocket, so those two are allowed there and nowhere else.
 */
export function cspHeader(isDev: boolean): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': isDev ? ["'self'", "'unsafe-inline'"] : ["'self'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    // The Excel import reads files in a module Web Worker bundled beside the page (services/importWorker.ts).
    'worker-src': ["'self'"],
    'connect-src': isDev ? ["'self'", 'ws://localhost:*', 'ws://127.0.0.1:*'] : ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'frame-src': ["'none'"],
    'form-action': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/**
 * Whether a URL is the app's own page. `appOrigin` is the dev server's origin (`http://localhost:5173`) in
 * development, and the file URL of the built index.html in production: every file:// URL shares the opaque origin
 * "null", so there the page itself is compared, and any other local file is foreign.
 * Used for navigation (reloads and hash routes stay, everything else is refused) and for IPC senders.
 */
export function isAllowedNavigation(url: string, appOrigin: string): boolean {
  const target = parseUrl(url);
  const app = parseUrl(appOrigin);
  if (!target || !app) return false;
  if (app.protocol === 'file:') {
    return target.protocol === 'file:' && target.host === app.host && target.pathname === app.pathname;
  }
  if (app.protocol !== 'http:' && app.protocol !== 'https:') return false;
  return target.origin === app.origin;
}

function parseUrl(url: string): URL | null {
  return URL.canParse(url) ? new URL(url) : null;
}
