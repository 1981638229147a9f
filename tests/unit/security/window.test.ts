import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  denyAllPermissions,
  hardenWebContents,
  isTrustedSender,
  windowOptions,
} from '../../../electron/main/security';
import { CONTENT_SECURITY_POLICY } from '../../../electron/shared/contentSecurityPolicy';
import { ROOT } from '../../helpers/server';

const INDEX_URL = 'file:///opt/taizhang/resources/app.asar/dist/renderer/index.html';

describe('window options', () => {
  it('isolate the page from Node: context isolation, sandbox, no Node integration anywhere', () => {
    const prefs = windowOptions('/app/preload.cjs').webPreferences!;
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    });
  });
});

describe('content security policy', () => {
  const html = fs.readFileSync(path.join(ROOT, 'renderer/index.html'), 'utf8');
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];

  it('in index.html is exactly the one the main process defines', () => {
    expect(meta).toBe(CONTENT_SECURITY_POLICY);
  });

  it('leaves frame-ancestors to the HTTP header: a <meta> tag’s is ignored with a console error', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors');
  });

  it('allows scripts only from the app itself: no eval, no inline scripts, no remote origins', () => {
    const directives = new Map(CONTENT_SECURITY_POLICY.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k!, v]));
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*/);
  });
});

describe('isTrustedSender', () => {
  it.each([
    [INDEX_URL, true],
    [`${INDEX_URL}#/data?plan=1`, true],
    [`${INDEX_URL}?x=1`, true],
    ['file:///opt/taizhang/resources/app.asar/dist/renderer/other.html', false],
    ['file:///tmp/index.html', false],
    ['file://attacker-host/opt/taizhang/resources/app.asar/dist/renderer/index.html', false],
    ['http://127.0.0.1:5178/index.html', false],
    ['https://example.com/opt/taizhang/resources/app.asar/dist/renderer/index.html', false],
    ['devtools://devtools/bundled/inspector.html', false],
    ['not a url', false],
    ['', false],
    [undefined, false],
  ])('%s → %s', (url, trusted) => {
    expect(isTrustedSender(url, INDEX_URL)).toBe(trusted);
  });
});

/** Stands in for Electron's WebContents: records the handlers hardenWebContents installs. */
function fakeContents() {
  const handlers = new Map<string, (event: { preventDefault(): void }, url?: string) => void>();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  return {
    contents: {
      setWindowOpenHandler: (h: typeof openHandler) => (openHandler = h),
      on: (name: string, h: (event: { preventDefault(): void }, url?: string) => void) => handlers.set(name, h),
    },
    openWindow: (url: string) => openHandler!({ url }),
    /** Fires an event; true when the handler prevented it. */
    fire(name: string, url?: string): boolean {
      let prevented = false;
      const handler = handlers.get(name);
      if (!handler) throw new Error(`no handler for ${name}`);
      handler({ preventDefault: () => (prevented = true) }, url);
      return prevented;
    },
  };
}

describe('hardenWebContents', () => {
  const fake = fakeContents();
  hardenWebContents(fake.contents as never, INDEX_URL);

  it('denies every new window', () => {
    expect(fake.openWindow('https://example.com/')).toEqual({ action: 'deny' });
    expect(fake.openWindow(INDEX_URL)).toEqual({ action: 'deny' });
  });

  it('blocks navigation away from our page, redirects and webviews', () => {
    expect(fake.fire('will-navigate', 'https://example.com/')).toBe(true);
    expect(fake.fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(fake.fire('will-navigate', `${INDEX_URL}#/ledger`)).toBe(false);
    expect(fake.fire('will-redirect', INDEX_URL)).toBe(true);
    expect(fake.fire('will-attach-webview')).toBe(true);
  });
});

describe('denyAllPermissions', () => {
  it('answers every permission request and check with no', () => {
    let request: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | null = null;
    let check: ((...args: unknown[]) => boolean) | null = null;
    denyAllPermissions({
      setPermissionRequestHandler: (h: typeof request) => (request = h),
      setPermissionCheckHandler: (h: typeof check) => (check = h),
    } as never);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      let granted: boolean | null = null;
      request!(null, permission, (g) => (granted = g));
      expect(granted, permission).toBe(false);
      expect(check!(null, permission, 'file://', {}), permission).toBe(false);
    }
  });
});
