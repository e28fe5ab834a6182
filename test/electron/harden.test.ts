/**
 * The hardening applied to Electron's session and web contents, against fakes that record what was
 * installed and then play the part of Chromium: asking for permissions, opening windows, navigating.
 */
import { describe, expect, test, vi } from 'vitest';
import { APP_URL } from '../../electron/shell/app-protocol';
import { isSafeExternalUrl, openIfSafe } from '../../electron/shell/external-links';
import { hardenAllContents, hardenContents, hardenSession, type SessionLike } from '../../electron/shell/harden';
import { secureApp } from '../../electron/shell/secure-app';

type Listener = (...args: unknown[]) => unknown;

function fakeSession() {
  const installed: Record<string, Listener> = {};
  const session = {
    setPermissionRequestHandler: (h: Listener) => void (installed.request = h),
    setPermissionCheckHandler: (h: Listener) => void (installed.check = h),
    setDevicePermissionHandler: (h: Listener) => void (installed.device = h),
    webRequest: { onHeadersReceived: (h: Listener) => void (installed.headers = h) },
  } as unknown as SessionLike;
  return { session, installed };
}

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: Listener | null = null;
  const contents = {
    setWindowOpenHandler: (h: Listener) => void (openHandler = h),
    on: (event: string, h: Listener) => {
      listeners.set(event, h);
      return contents;
    },
  };
  /** Fires an event the way Chromium would; true when the page's request was cancelled. */
  const fire = (event: string, url: string) => {
    let prevented = false;
    listeners.get(event)!({ preventDefault: () => (prevented = true) }, url);
    return prevented;
  };
  return { contents, fire, open: (url: string) => openHandler!({ url }) as { action: string } };
}

function recorder() {
  const opened: string[] = [];
  return { opened, openExternal: (url: string) => (opened.push(url), Promise.resolve()) };
}

describe('the session', () => {
  test.each(['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal', 'midi', 'fullscreen'])(
    'a request for %s is refused, as is a check',
    (permission) => {
      const { session, installed } = fakeSession();
      hardenSession(session);
      let granted: boolean | null = null;
      installed.request!(null, permission, (answer: boolean) => (granted = answer));
      expect(granted).toBe(false);
      expect(installed.check!(null, permission, 'app://winloop', {})).toBe(false);
    },
  );

  test('USB, serial and HID devices are refused', () => {
    const { session, installed } = fakeSession();
    hardenSession(session);
    expect(installed.device!({ deviceType: 'usb', origin: 'app://winloop' })).toBe(false);
  });

  test('file:// responses get the CSP header; others are left as they come', () => {
    const { session, installed } = fakeSession();
    hardenSession(session);
    const answers: unknown[] = [];
    installed.headers!({ url: 'file:///x/index.html', responseHeaders: {} }, (a: unknown) => answers.push(a));
    installed.headers!({ url: 'app://winloop/index.html', responseHeaders: {} }, (a: unknown) => answers.push(a));
    const first = answers[0] as { responseHeaders: Record<string, string[]> };
    expect(first.responseHeaders['Content-Security-Policy']![0]).not.toContain('unsafe-eval');
    expect(answers[1]).toEqual({});
  });
});

describe('web contents', () => {
  test('window.open is always denied; an https or mailto target opens outside, nothing else does', () => {
    const links = recorder();
    const fake = fakeContents();
    hardenContents(fake.contents as never, APP_URL, links.openExternal);
    for (const url of [
      'https://winloop.app/help',
      'mailto:support@winloop.app',
      'http://x.example/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://share/x',
    ])
      expect(fake.open(url)).toEqual({ action: 'deny' });
    expect(links.opened).toEqual(['https://winloop.app/help', 'mailto:support@winloop.app']);
  });

  test('navigation stays on the app page; an https link goes to the browser instead', () => {
    const links = recorder();
    const fake = fakeContents();
    hardenContents(fake.contents as never, APP_URL, links.openExternal);
    expect(fake.fire('will-navigate', `${APP_URL}#/review`)).toBe(false);
    expect(fake.fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(fake.fire('will-navigate', 'file:///opt/Winloop/dist/renderer/index.html')).toBe(true);
    expect(fake.fire('will-navigate', 'app://winloop/assets/x.html')).toBe(true);
    expect(fake.fire('will-redirect', 'https://evil.example/')).toBe(true);
    expect(fake.fire('will-attach-webview', 'about:blank')).toBe(true);
    expect(links.opened).toEqual(['https://evil.example/']);
  });

  test('every web contents created later is hardened too', () => {
    const links = recorder();
    let created: Listener | null = null;
    hardenAllContents({ on: (_e: string, h: Listener) => (created = h) } as never, APP_URL, links.openExternal);
    const fake = fakeContents();
    created!({}, fake.contents);
    expect(fake.open('https://x.example/')).toEqual({ action: 'deny' });
    expect(fake.fire('will-navigate', 'https://x.example/')).toBe(true);
  });
});

describe('shell.openExternal', () => {
  test.each([
    ['https://winloop.app/docs', true],
    ['mailto:team@example.com?subject=Review', true],
    ['http://winloop.app/', false],
    ['https://user:pw@bank.example/', false],
    ['https://', false],
    ['mailto:', false],
    ['file:///C:/Windows/System32/calc.exe', false],
    ['smb://server/share', false],
    ['ms-msdt:/id PCWDiagnostic', false],
    ['javascript:alert(1)', false],
    ['app://winloop/index.html', false],
    ['not a url', false],
  ])('%s → %s', (url, safe) => {
    expect(isSafeExternalUrl(url)).toBe(safe);
  });

  test('a failing open is logged, never thrown', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(openIfSafe('https://x.example/', () => Promise.reject(new Error('no browser')))).toBe(true);
    expect(openIfSafe('file:///x', () => Promise.reject(new Error('never called')))).toBe(false);
    await new Promise((resolve) => setImmediate(resolve));
    expect(logged.mock.calls.map(([line]) => String(line))).toEqual([
      'winloop: could not open https://x.example/: Error: no browser',
    ]);
    logged.mockRestore();
  });
});

describe('secureApp', () => {
  test('declares app:// privileged at once, and serves and hardens only once the app is ready', async () => {
    const calls: string[] = [];
    let ready!: () => void;
    const readyPromise = new Promise<void>((resolve) => (ready = resolve));
    const { session, installed } = fakeSession();
    const url = secureApp(
      {
        app: {
          whenReady: () => readyPromise,
          on: () => void calls.push('web-contents-created'),
          exit: () => undefined,
        } as never,
        protocol: {
          registerSchemesAsPrivileged: () => void calls.push('privileged'),
          handle: () => void calls.push('handle'),
        },
        session: { defaultSession: session },
        shell: { openExternal: () => Promise.resolve() },
      },
      '/opt/Winloop/dist/renderer',
    );
    expect(url).toBe(APP_URL);
    expect(calls).toEqual(['privileged']);
    ready();
    await readyPromise;
    await Promise.resolve();
    expect(calls).toEqual(['privileged', 'handle', 'web-contents-created']);
    expect(Object.keys(installed).sort()).toEqual(['check', 'device', 'headers', 'request']);
  });
});
