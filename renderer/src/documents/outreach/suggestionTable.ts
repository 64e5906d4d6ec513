import { AlignmentType, Paragraph, type Document, type FileChild } from 'docx';
import { formatChineseDate } from '../../domain/dates';
import { NO_VALUE } from '../../domain/statistics/figures';
import { listTable, type ListColumn } from '../formTable';
import { body, createGbDocument, LANDSCAPE_TEXT_WIDTH, run, SIZES, title } from '../gbStyle';
import {
  columnsFor,
  suggestionLines,
  suggestionTableSentence,
  suggestionTableTitle,
  type SuggestionColumn,
  type SuggestionLine,
  type SuggestionTableInput,
} from './suggestionLines';

/** 「书面\n答复」, 「座谈会\n反馈」: a way on two lines, between its words, so its column stays narrow. */
const twoLines = (way: string) => `${way.slice(0, way.length - 2)}\n${way.slice(-2)}`;

/** A cell as the .docx prints it: days as 2026-11-30 (as the report's tables print a due day), an empty one as —. */
function cell(line: SuggestionLine, key: SuggestionColumn['key']): string {
  if (key === 'status') return line.overdue ? `${line.status}\n已超期` : line.status;
  if (key === 'feedbackWay') return line.feedbackWay ? twoLines(line.feedbackWay) : NO_VALUE;
  return line[key] || NO_VALUE;
}

/** 五号: ten columns across the landscape page leave the texts room for a few words a line. */
const TABLE_SIZE = SIZES.wuhao;

/**
 * 征集建议答复情况表 (docs/domain.md §10) as a landscape GB/T 9704 page: title, seed 000's sentence, the table (its
 * heading row repeated on every page) and 制表单位 and 制表日期 under it. An internal table read out or posted for the
 * workers, not a sealed letter: no 文号 and no seal.
 */
export function buildSuggestionTable(input: SuggestionTableInput): Document {
  const lines = suggestionLines(input);
  const kept = columnsFor(lines);
  const columns: ListColumn[] = kept.map((c) => ({ header: c.header, weight: c.weight ?? 0, wraps: !!c.weight }));
  const rows = lines.map((line) => kept.map((c) => cell(line, c.key)));
  const children: FileChild[] = [title(suggestionTableTitle(input)), body(suggestionTableSentence(input))];
  children.push(
    lines.length === 0
      ? body('截至制表日期，尚未征集到意见建议。')
      : listTable(columns, rows, TABLE_SIZE, (i) => (kept[i]?.weight ? 'left' : 'center'), LANDSCAPE_TEXT_WIDTH),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: { before: 240 },
      children: [run(`制表单位：${input.issuer}\u3000\u3000制表日期：${formatChineseDate(input.date)}`)],
    }),
  );
  return createGbDocument({ title: suggestionTableTitle(input), children, landscape: true });
}
