/** How a clerk's typed phrase is fitted into the sentences of a letter or report. */

/** A clerk's phrase made fit to sit inside a sentence: trimmed, without its closing punctuation. */
export function clause(text: string): string {
  return text.trim().replace(/[。；;，,.、\s]+$/u, '');
}

/** A clerk's phrase made a whole sentence: trimmed, closed with 「。」 unless it already ends a sentence. */
export function sentence(text: string): string {
  const t = text.trim().replace(/[，,；;、\s]+$/u, '');
  return t === '' || /[。！？]$/u.test(t) ? t : `${t}。`;
}
