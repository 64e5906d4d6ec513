import { app, type Session } from 'electron';
import { cspHeader, isAllowedNavigation } from './securityPolicy';

/**
 * Session-wide hardening: the CSP header on every response (the built page carries the same policy in a <meta>,
 * because file:// responses have no headers to rewrite) and no web permission is ever granted: the desk needs no
 * camera, microphone, location, notifications or clipboard reading.
 */
export function installSessionSecurity(session: Session, isDev: boolean): void {
  const policy = cspHeader(isDev);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] } });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/**
 * Guards every web contents the app will ever create, the main window's and any future one: it may only show the
 * app itself, never opens new windows and never attaches a <webview>. Must be installed before the first window.
 */
export function guardWebContents(appOrigin: string): void {
  app.on('web-contents-created', (_event, contents) => {
    const refuseForeign = (event: Electron.Event, url: string): void => {
      if (!isAllowedNavigation(url, appOrigin)) event.preventDefault();
    };
    contents.on('will-navigate', (event) => refuseForeign(event, event.url));
    contents.on('will-redirect', (event) => refuseForeign(event, event.url));
    contents.on('will-attach-webview', (event) => event.preventDefault());
    // Links with target=_blank or window.open: the desk has nothing to show in a second window or a browser.
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}
