import { describe, expect, it } from 'vitest';
import { cspHeader, isAllowedNavigation } from '../../electron/main/securityPolicy';

const builtPage = 'file:///opt/petition-desk/resources/app.asar/out/renderer/index.html';
const devServer = 'http://localhost:5173';

describe('navigation', () => {
  it.each([
    ['the built page itself', builtPage],
    ['the built page on another hash route', `${builtPage}#/ledger?status=open`],
    ['a dev server page', `${devServer}/`],
    ['a dev server route', `${devServer}/#/reception`],
  ])('allows %s', (_case, url) => {
    const appOrigin = url.startsWith('file:') ? builtPage : devServer;
    expect(isAllowedNavigation(url, appOrigin)).toBe(true);
  });

  it.each([
    ['a web site', 'https://example.com/', builtPage],
    ['another local file', 'file:///etc/passwd', builtPage],
    ['another file beside the page', 'file:///opt/petition-desk/resources/app.asar/out/renderer/evil.html', builtPage],
    [
      'a file on a network share',
      'file://server/opt/petition-desk/resources/app.asar/out/renderer/index.html',
      builtPage,
    ],
    ['another port on the dev host', 'http://localhost:5174/', devServer],
    ['https on the dev host', 'https://localhost:5173/', devServer],
    ['a dev host look-alike', 'http://localhost:5173.example.com/', devServer],
    ['a javascript: URL', 'javascript:alert(1)', builtPage],
    ['a data: URL', 'data:text/html,<h1>hi</h1>', devServer],
    ['something that is not a URL', 'not a url', devServer],
  ])('refuses %s', (_case, url, appOrigin) => {
    expect(isAllowedNavigation(url, appOrigin)).toBe(false);
  });

  it('refuses everything when the app origin is not http(s) or a file', () => {
    expect(isAllowedNavigation('data:text/html,x', 'data:text/html,x')).toBe(false);
  });
});

/** The policy as a map from directive to its sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('content security policy', () => {
  it('in production allows only the app itself (its import worker too), inline styles for antd, and data/blob images', () => {
    const policy = directives(cspHeader(false));
    expect(Object.fromEntries(policy)).toEqual({
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:', 'blob:'],
      'font-src': ["'self'", 'data:'],
      'worker-src': ["'self'"],
      'connect-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'none'"],
      'frame-src': ["'none'"],
      'form-action': ["'none'"],
    });
  });

  it('in development also allows the dev server WebSocket and the inline refresh preamble, nothing remote', () => {
    const policy = directives(cspHeader(true));
    expect(policy.get('connect-src')).toEqual(["'self'", 'ws://localhost:*', 'ws://127.0.0.1:*']);
    expect(policy.get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    const localOnly = new Set([
      "'self'",
      "'none'",
      "'unsafe-inline'",
      'data:',
      'blob:',
      'ws://localhost:*',
      'ws://127.0.0.1:*',
    ]);
    expect([...policy.values()].flat().filter((source) => !localOnly.has(source))).toEqual([]);
  });
});
