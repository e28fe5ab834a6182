/**
 * The Content-Security-Policy of the app window and of browser mode: one policy, served by both.
 * Changes with: electron/shell/app-protocol.ts, electron/transports/http-bridge.ts, vite.config.ts.
 */
/**
 * The page's Content-Security-Policy, for the Electron window (app:// header and meta tag) and browser mode
 * (electron/transports/http-bridge.ts) alike. Nothing inline: no 'unsafe-inline' or 'unsafe-eval' anywhere.
 * React's `style={{…}}` sets styles through the CSSOM, which CSP does not govern.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

/**
 * Radix dialogs lock page scrolling with a <style> element they create (react-style-singleton). Rather than
 * allow inline styles, each served copy of the page gets a fresh nonce that only such elements carry:
 * the built page holds NONCE_PLACEHOLDER, and the servers (app-protocol.ts, http-bridge.ts) replace it per
 * response (csp-nonce.ts). The renderer hands the nonce to react-style-singleton (renderer/main.tsx).
 */
export const NONCE_PLACEHOLDER = 'WINLOOP_STYLE_NONCE';
export const NONCE_META_NAME = 'winloop-style-nonce';

/** The policy with style elements allowed when they carry `nonce` (base64 characters only). */
export function cspWithStyleNonce(csp: string, nonce: string): string {
  if (!/^[A-Za-z0-9+/_=-]+$/.test(nonce)) throw new Error('A CSP nonce is base64 characters only.');
  return csp.replace("style-src 'self'", `style-src 'self' 'nonce-${nonce}'`);
}

/** The same policy for a <meta> tag, which ignores frame-ancestors (and warns about it). */
export const CSP_META = cspWithStyleNonce(CSP, NONCE_PLACEHOLDER)
  .split('; ')
  .filter((directive) => !directive.startsWith('frame-ancestors'))
  .join('; ');

/** What the build puts right after the page's charset: the policy, and the nonce for the renderer to read. */
export const CSP_META_TAGS =
  `<meta http-equiv="Content-Security-Policy" content="${CSP_META}" />\n` +
  `    <meta name="${NONCE_META_NAME}" content="${NONCE_PLACEHOLDER}" />`;
