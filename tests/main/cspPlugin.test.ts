import { describe, expect, it } from 'vitest';
import type { HtmlTagDescriptor, ResolvedConfig } from 'vite';
import { cspMeta } from '../../scripts/cspPlugin';

type Hook = (this: unknown, ...args: unknown[]) => unknown;

function tagsFor(command: 'build' | 'serve', devHeaderOnly: boolean): HtmlTagDescriptor[] {
  const plugin = cspMeta({ devHeaderOnly });
  (plugin.configResolved as Hook).call(null, { command } as ResolvedConfig);
  return (plugin.transformIndexHtml as Hook).call(null, '', {}) as HtmlTagDescriptor[];
}

describe('the page CSP meta', () => {
  it('a built page carries the strict policy: scripts only from the app, no eval, no remote connections', () => {
    const [tag] = tagsFor('build', true);
    const content = String(tag?.attrs?.content);
    expect(tag?.attrs?.['http-equiv']).toBe('Content-Security-Policy');
    expect(content).toContain("script-src 'self';");
    expect(content).not.toContain('unsafe-eval');
    expect(content).toContain("connect-src 'self';");
    expect(content).toContain("object-src 'none'");
  });

  it('the web dev server gets the development policy so Vite can reload modules', () => {
    const [tag] = tagsFor('serve', false);
    expect(String(tag?.attrs?.content)).toContain('ws://127.0.0.1:*');
  });

  it('the Electron dev server page has no meta: main sends the policy as a header', () => {
    expect(tagsFor('serve', true)).toEqual([]);
  });
});
