/**
 * What may read as Latin letters in the desk's visible text (issue 12, item 8: no English identifier). A small,
 * explicit list, each for a reason:
 * - file types the office itself says in Latin letters: PDF, Word, Excel, and the extensions of the files it saves
 *   (.docx, .xlsx, .pdf, .jpg, .png) and of its own backups (.xfbak), which are part of a file's name;
 * - SHA-256 and AES-256, the names of the standards the desk says it hashes the trail and encrypts backups with;
 * - the names printed on the keys of the keyboard a shortcut hint names (Ctrl+S, Esc, Enter, Shift, Alt, Tab);
 * - a hash of the audit chain (64 hexadecimal digits), which the auditor matches against a printout;
 * - account login names (passed per test): an administrator types them in Latin letters, they are the account.
 */
const ALLOWED_WORDS = ['PDF', 'Word', 'Excel', 'SHA', 'AES', 'Ctrl', 'Esc', 'Enter', 'Shift', 'Alt', 'Tab'];
const EXTENSIONS = /\.(docx|xlsx|pdf|jpe?g|png|xfbak)\b/gi;
const HASH = /\b[0-9a-f]{64}\b/g;

/** Every run of three or more Latin letters in `text` that the allow-list does not explain. */
export function englishRuns(text: string, loginNames: readonly string[] = []): string[] {
  let rest = text.replace(HASH, ' ').replace(EXTENSIONS, ' ');
  for (const name of loginNames) rest = rest.split(name).join(' ');
  return (rest.match(/[A-Za-z]{3,}/g) ?? []).filter((run) => !ALLOWED_WORDS.includes(run));
}
