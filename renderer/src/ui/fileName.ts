/**
 * The save dialog refuses path separators, control and invisible format characters (U+202E would let 'gpj.exe' read
 * as 'exe.jpg'), and a trailing dot or space in a suggested name: a visitor's file name is cleaned to fit.
 */
export function safeFileName(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must be replaced
  const unsafe = /[\u0000-\u001f\u007f\p{Cf}]/u;
  const cleaned = Array.from(name, (ch) => (unsafe.test(ch) || '\\/:*?"<>|'.includes(ch) ? '_' : ch))
    .join('')
    .trim()
    .replace(/[. ]+$/, '');
  return (cleaned || '附件').slice(-200);
}
