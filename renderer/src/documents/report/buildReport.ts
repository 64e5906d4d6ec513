import { AlignmentType, ImageRun, LineRuleType, Paragraph, type Document, type FileChild } from 'docx';
import { body, createGbDocument, docNumberLine, heading1, signatureBlock, title } from '../gbStyle';
import { textParagraphs } from '../letters/letterParts';
import { periodLabel } from './period';
import { removeIdentities } from '../../domain/access/scrubIdentity';
import {
  caption,
  categoryTable,
  channelTable,
  comparisonTable,
  handlingTable,
  outreachTable,
  overdueTable,
  quarterTrendTable,
} from './tables';
import { outreachIsEmpty } from '../../domain/outreach/reportParagraphs';
import { CHART_WIDTH_PX, type ReportChart, type ReportDocumentInput } from './types';
import { SECTION_TITLES } from '../../domain/reportDraft';

/**
 * 信访工作研判分析报告's title: who it is of (the unit or branch, or for the whole company the issuing body, as
 * GB/T 9704 §7.3.2 names the 发文机关 in a title without a 版头), the period and the report's name.
 */
export function reportTitle(scopeName: string, period: ReportDocumentInput['figures']['period'], issuer = ''): string {
  return reportTitleWords(scopeName, period, issuer).join('');
}

/** The title's words, each kept whole when the title breaks onto a second line. */
function reportTitleWords(
  scopeName: string,
  period: ReportDocumentInput['figures']['period'],
  issuer: string,
): string[] {
  return [scopeName || issuer, periodLabel(period), '信访工作研判分析报告'].filter(Boolean);
}

/**
 * A chart's paragraph: single line spacing of its own (the body's exact 28.9 pt lines would clip the picture to a
 * strip one line high), kept with its 图 caption below.
 */
function chart(image: ReportChart, altText: string): Paragraph {
  const scale = CHART_WIDTH_PX / image.width;
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 120, after: 60 },
    keepLines: true,
    keepNext: true,
    children: [
      new ImageRun({
        type: 'png',
        data: image.png,
        transformation: { width: CHART_WIDTH_PX, height: Math.round(image.height * scale) },
        altText: { name: altText, title: altText, description: altText },
      }),
    ],
  });
}

/** Drafted or edited paragraphs, one body paragraph each, with any ID number or phone number removed. */
const paragraphsOf = (texts: readonly string[]) =>
  texts
    .map((t) => removeIdentities(t.trim()))
    .filter(Boolean)
    .map((t) => body(t));

/** The branch's own text (五, 六): line by line, 「（一）」 lines as 楷体 headings, identifiers removed. */
const writtenParagraphs = (text: string) =>
  textParagraphs(
    text
      .split('\n')
      .map((line) => removeIdentities(line))
      .join('\n'),
  );

/**
 * 季度（年度）信访工作研判分析报告 (docs/domain.md §9) as a GB/T 9704 document: 文号 (if any), title, sections 一–四 drafted
 * from the figures with their tables and charts, 五 and 六 as the branch wrote them, then issuer and date.
 */
export function buildReport(input: ReportDocumentInput): Document {
  const { figures, paragraphs, charts = {} } = input;
  const year = figures.period.kind === 'year';
  const stats = figures.current;
  const unit = year ? '年度' : '季度';
  let tableNo = 0;
  const table = (name: string) => caption(`表${++tableNo}  ${name}`);
  let figureNo = 0;
  const figure = (image: ReportChart, name: string) => [
    chart(image, name),
    caption(`图${++figureNo}  ${name}`, { below: true }),
  ];

  const children: FileChild[] = [];
  if (input.docNo) children.push(docNumberLine(input.docNo));
  children.push(title(reportTitleWords(input.scopeName, figures.period, input.issuer)));
  if (input.addressee.trim()) children.push(body(`${input.addressee.trim()}：`, { indent: false }));

  children.push(heading1(SECTION_TITLES.basic), ...paragraphsOf(paragraphs.basic));
  children.push(table(`本${unit}信访总量对比`), comparisonTable(figures));
  if (year) children.push(table('分季度信访情况'), quarterTrendTable(figures));
  else children.push(table('分渠道信访情况'), channelTable(stats));
  if (charts.overview) children.push(...figure(charts.overview, year ? '分季度来访批次' : '分渠道来访批次'));

  children.push(heading1(SECTION_TITLES.features), ...paragraphsOf(paragraphs.features));
  if (figures.outreach && !outreachIsEmpty(figures.outreach.current))
    children.push(table('走出去工作情况'), outreachTable(figures, figures.outreach));

  children.push(heading1(SECTION_TITLES.problems), ...paragraphsOf(paragraphs.problems));
  if (stats.topCategories.length > 0) children.push(table('反映的主要问题'), categoryTable(stats));
  if (charts.categories) children.push(...figure(charts.categories, '反映的主要问题'));

  children.push(heading1(SECTION_TITLES.handling), ...paragraphsOf(paragraphs.handling));
  children.push(table('办理情况'), handlingTable(stats));
  if (stats.overdue.length > 0) children.push(table('超期未办结事项'), overdueTable(figures));

  children.push(heading1(SECTION_TITLES.analysis), ...writtenParagraphs(input.analysis));
  children.push(heading1(SECTION_TITLES.measures), ...writtenParagraphs(input.measures));
  children.push(...signatureBlock({ issuer: input.issuer, date: input.date }));

  const docTitle = reportTitle(input.scopeName, figures.period, input.issuer);
  return createGbDocument({ title: input.docNo ? `${docTitle} ${input.docNo}` : docTitle, children });
}
