/** 「— 1 —」 as the footer prints it; docx-preview drops the PAGE field and leaves 「— —」. */
const EMPTY_PAGE_NUMBER = /^—\s*—$/u;

/**
 * Writes the page numbers into a docx-preview rendering: docx-preview does not evaluate fields, so each footer that
 * holds only the number's dashes is given the next number, in page order. A cover without a number takes none, and
 * the body counts from 1 as in the printed file. Pages are those docx-preview cut (page and section breaks).
 */
export function fillPreviewPageNumbers(container: HTMLElement): void {
  let page = 0;
  for (const footer of container.querySelectorAll('footer')) {
    const paragraph = [...footer.querySelectorAll('p')].find((p) =>
      EMPTY_PAGE_NUMBER.test(p.textContent?.trim() ?? ''),
    );
    if (!paragraph) continue;
    page += 1;
    const spans = [...paragraph.querySelectorAll('span')];
    const first = spans[0] ?? paragraph;
    first.textContent = `— ${page} —`;
    for (const span of spans.slice(1)) span.textContent = '';
  }
}
