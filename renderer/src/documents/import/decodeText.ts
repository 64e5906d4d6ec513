/**
 * The text of a .csv an office saved: Excel on a Chinese Windows writes 「CSV (逗号分隔)」 in GBK, 「CSV UTF-8」 with a
 * byte-order mark, and 「Unicode 文本」 in UTF-16 with its mark; other tools write UTF-8 without one. A mark decides;
 * else the bytes are UTF-8 when they decode as UTF-8 without a single invalid sequence, and GBK otherwise (GBK's
 * Chinese characters are never valid UTF-8 for more than a few bytes by chance). GBK is decoded as the WHATWG
 * Encoding Standard's gbk, which browsers and Node read as GB 18030.
 */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gbk';

export function detectEncoding(bytes: Uint8Array): TextEncodingName {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return isUtf8(bytes) ? 'utf-8' : 'gbk';
}

/** Whether the bytes are well-formed UTF-8: the platform's strict decoder throws a TypeError at the first bad one. */
export function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch (error) {
    if (error instanceof TypeError) return false;
    throw error;
  }
}

/** The text of the bytes in the detected encoding, its byte-order mark dropped. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  const encoding = detectEncoding(bytes);
  return { text: new TextDecoder(encoding).decode(bytes), encoding };
}
