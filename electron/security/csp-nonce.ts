/**
 * Serving the page with a fresh style nonce (see NONCE_PLACEHOLDER in window-options.ts): every copy of
 * index.html gets its own, in its meta tags and in the Content-Security-Policy header, so markup injected
 * into the page cannot guess one.
 * Changes with: electron/shell/window-options.ts, electron/shell/app-protocol.ts,
 * electron/transports/http-bridge.ts, renderer/main.tsx (reads the nonce meta tag).
 */
import crypto from 'node:crypto';
import { CSP, cspWithStyleNonce, NONCE_PLACEHOLDER } from './csp';

export function pageWithNonce(
  html: string,
  nonce = crypto.randomBytes(18).toString('base64'),
): {
  html: string;
  csp: string;
} {
  return { html: html.replaceAll(NONCE_PLACEHOLDER, nonce), csp: cspWithStyleNonce(CSP, nonce) };
}
