/**
 * Bytes to text for CSV import. A byte-order mark decides (UTF-8, UTF-16 LE/BE); without one, chardet chooses
 * among the encodings CRMs and Excel actually write (UTF-8, Windows-1252, ISO-8859-1). Changes with parse.ts.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';

export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'iso-8859-1';

export interface Decoded {
  text: string;
  encoding: CsvEncoding;
}

export function decodeCsv(bytes: Uint8Array): Decoded {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    return { text: stripBoms(iconv.decode(buf.subarray(3), 'utf-8')), encoding: 'utf-8-bom' };
  }
  if (buf[0] === 0xff && buf[1] === 0xfe) {
    return { text: stripBoms(iconv.decode(buf.subarray(2), 'utf-16le')), encoding: 'utf-16le' };
  }
  if (buf[0] === 0xfe && buf[1] === 0xff) {
    return { text: stripBoms(iconv.decode(buf.subarray(2), 'utf-16be')), encoding: 'utf-16be' };
  }
  const encoding = sniff(buf);
  return { text: stripBoms(iconv.decode(buf, encoding)), encoding };
}

/** Valid UTF-8 is taken as UTF-8 (ASCII included); otherwise chardet's best single-byte guess among the two. */
function sniff(buf: Buffer): CsvEncoding {
  if (isValidUtf8(buf)) return 'utf-8';
  for (const match of chardet.analyse(buf)) {
    if (match.name === 'ISO-8859-1') return 'iso-8859-1';
    if (match.name === 'windows-1252') return 'windows-1252';
  }
  // Windows-1252 is a superset of ISO-8859-1's printable range: the safer reading of an unknown single-byte file.
  return 'windows-1252';
}

function isValidUtf8(buf: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return true;
  } catch {
    return false;
  }
}

/** A BOM in the middle of the text (files concatenated, a cell pasted from another file) is never content. */
function stripBoms(text: string): string {
  return text.includes('\ufeff') ? text.replace(/\ufeff/g, '') : text;
}
