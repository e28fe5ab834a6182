/**
 * What may leave the app for the system browser or mail program: https pages and mailto addresses, nothing
 * else (no http, file, smb, custom protocol handlers or javascript:). electron/shell/harden.ts passes only
 * these to shell.openExternal.
 */
export function isSafeExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'mailto:') return parsed.pathname.length > 0;
  // Credentials in a link are a phishing trick (https://bank.example@evil.example/), never needed here.
  return parsed.protocol === 'https:' && parsed.hostname !== '' && !parsed.username && !parsed.password;
}

export type OpenExternal = (url: string) => Promise<void>;

/** Opens `url` outside the app when it is safe; returns whether it did. Failures are logged, never thrown. */
export function openIfSafe(url: string, openExternal: OpenExternal): boolean {
  if (!isSafeExternalUrl(url)) return false;
  openExternal(url).catch((error: unknown) => console.error(`winloop: could not open ${url}: ${String(error)}`));
  return true;
}
