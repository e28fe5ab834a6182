import { describe, expect, test } from 'vitest';
import { pageWithNonce } from '../../electron/security/csp-nonce';
import {
  CSP,
  CSP_META,
  CSP_META_TAGS,
  cspWithStyleNonce,
  NONCE_META_NAME,
  NONCE_PLACEHOLDER,
  isAllowedNavigation,
  isAppUrl,
  permissionGranted,
  windowOpenResponse,
  windowOptions,
} from '../../electron/shell/window-options';

const appUrl = 'file:///opt/Winloop/resources/app.asar/dist/renderer/index.html';
// isAppUrl is scheme-agnostic; app:// itself is covered in app-protocol.test.ts.

describe('window security settings', () => {
  const options = windowOptions({ preload: '/opt/preload.cjs', theme: 'dark', bounds: { width: 1000, height: 700 } });

  test('isolate the page from Node and Electron', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/opt/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  test('show the window only when painted, in the theme colour, never tiny', () => {
    expect(options.show).toBe(false);
    expect(options.backgroundColor).toBe('#111418');
    expect(options.minWidth).toBeGreaterThan(0);
    expect(options.minHeight).toBeGreaterThan(0);
  });

  test('the CSP allows only the app itself to run code', () => {
    const directives = new Map(CSP.split('; ').map((d) => [d.split(' ')[0], d] as const));
    expect(directives.get('default-src')).toBe("default-src 'self'");
    expect(directives.get('script-src')).toBe("script-src 'self'");
    expect(directives.get('object-src')).toBe("object-src 'none'");
    expect(directives.get('base-uri')).toBe("base-uri 'none'");
    expect(directives.get('frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(CSP).not.toContain('unsafe-eval');
    expect(directives.get('script-src')).not.toContain('unsafe-inline');
    expect(CSP_META).not.toContain('frame-ancestors');
    expect(CSP_META).toContain("script-src 'self'");
  });

  test('nothing inline anywhere: styles too, apart from <style> elements carrying the served nonce', () => {
    for (const policy of [CSP, CSP_META]) {
      expect(policy).not.toContain('unsafe-inline');
      expect(policy).not.toContain('unsafe-eval');
      expect(policy).not.toContain('unsafe-hashes');
    }
    expect(CSP).toContain("style-src 'self';");
    expect(CSP_META).toContain(`style-src 'self' 'nonce-${NONCE_PLACEHOLDER}';`);
    expect(CSP_META_TAGS).toContain(`<meta name="${NONCE_META_NAME}" content="${NONCE_PLACEHOLDER}" />`);
  });

  test('each served page gets its own nonce, in its meta tags and its header alike', () => {
    const html = `<head>${CSP_META_TAGS}</head>`;
    const a = pageWithNonce(html);
    const b = pageWithNonce(html);
    const nonceOf = (csp: string) => /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonceOf(a.csp)).not.toBe(nonceOf(b.csp));
    expect(nonceOf(a.csp)!.length).toBeGreaterThanOrEqual(22);
    expect(a.html).not.toContain(NONCE_PLACEHOLDER);
    expect(a.html).toContain(`content="${nonceOf(a.csp)}"`);
    expect(a.html).toContain(`'nonce-${nonceOf(a.csp)}'`);
    expect(a.csp).toContain("frame-ancestors 'none'");
  });

  test('a nonce that could break out of the policy is refused', () => {
    expect(() => cspWithStyleNonce(CSP, "x'; script-src *")).toThrow(/base64/);
    expect(() => cspWithStyleNonce(CSP, '')).toThrow(/base64/);
  });
});

describe('navigation allow-list', () => {
  test('the app page itself, with any route, is allowed', () => {
    expect(isAllowedNavigation(appUrl, appUrl)).toBe(true);
    expect(isAllowedNavigation(`${appUrl}#/trash`, appUrl)).toBe(true);
  });

  test.each([
    ['a web site', 'http://evil.example/'],
    ['https', 'https://evil.example/index.html'],
    ['another file', 'file:///etc/passwd'],
    ['a file beside the page', 'file:///opt/Winloop/resources/app.asar/dist/renderer/other.html'],
    [
      'a path escaping the app folder',
      'file:///opt/Winloop/resources/app.asar/dist/renderer/../../../../../etc/index.html',
    ],
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['garbage', 'not a url'],
  ])('%s is refused', (_name, url) => {
    expect(isAllowedNavigation(url, appUrl)).toBe(false);
  });

  test('escaping and Windows drive-letter case do not matter', () => {
    expect(
      isAppUrl('file:///C:/Program%20Files/Winloop/index.html', 'file:///c:/Program Files/Winloop/index.html'),
    ).toBe(true);
  });
});

describe('what pages may ask for', () => {
  test('window.open is denied', () => {
    expect(windowOpenResponse()).toEqual({ action: 'deny' });
  });

  test('every permission is denied', () => {
    expect(permissionGranted()).toBe(false);
  });
});
