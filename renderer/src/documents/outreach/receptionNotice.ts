import type { Document, FileChild } from 'docx';
import { formatChineseDate, weekday } from '../../domain/dates';
import { clause, sentence } from '../../domain/phrases';
import { body, createGbDocument, docNumberLine, heading1, signatureBlock, title } from '../gbStyle';
import { gridTable } from '../report/tables';

/** One leader's reception day (领导信访接待日): who receives, on which day, where. */
export interface ReceptionDay {
  leader: string;
  /** 'YYYY-MM-DD' */
  date: string;
  place: string;
}

/** What the 领导信访接待日 notice prints: the schedule of a period, to whom, and from whom. */
export interface ReceptionNoticeInput {
  /** The period the schedule covers, as the title says it: 2026年第四季度, 2026年11月. */
  period: string;
  days: readonly ReceptionDay[];
  /** 主送, without the colon: 各科室、各区队. */
  addressee: string;
  /** 接待时间 on each day, as the office keeps them: 上午8:30—11:30，下午14:30—17:30. Left out when empty. */
  hours?: string;
  /** 有关要求; the office's usual ones unless given. */
  requirements?: readonly string[];
  /** 文号, when the office numbers its notices. */
  docNo?: string;
  issuer: string;
  /** 成文日期 'YYYY-MM-DD' */
  date: string;
}

/** The office's usual requirements of a reception day, each a （一） paragraph. */
export const DEFAULT_RECEPTION_REQUIREMENTS: readonly string[] = [
  '各单位要通过公示栏、班前会等形式，将接待安排及时告知职工群众，引导职工群众依法有序反映诉求。',
  '接待领导要提前了解分管范围内的信访情况，对反映的问题能当场解决的当场解决，不能当场解决的明确责任部门和办理时限。',
  '信访办公室负责接待日的登记、分流和跟踪督办，接待情况当日录入信访台账，办理结果及时反馈来访群众。',
  '接待领导因公外出不能按时接待的，由其指定的其他领导代为接待，并提前告知信访办公室。',
];

const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'] as const;
const ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'] as const;

/** 「关于公布2026年第四季度领导信访接待日安排的通知」 */
export const receptionNoticeTitle = (input: Pick<ReceptionNoticeInput, 'period'>): string =>
  `关于公布${input.period}领导信访接待日安排的通知`;

/**
 * 领导信访接待日安排的通知 (docs/domain.md §10) in the office's voice, the one letter layout of GB/T 9704: the 文号 when
 * there is one, title, 主送, why and what, then 一、接待安排 as a table (day, weekday, leader, place, in day order),
 * 二、接待时间 when given, 三、有关要求, and the issuer and date with room for the seal.
 */
export function buildReceptionNotice(input: ReceptionNoticeInput): Document {
  if (input.days.length === 0) throw new Error('请至少安排一个领导接待日');
  const requirements = (input.requirements ?? DEFAULT_RECEPTION_REQUIREMENTS).map(clause).filter(Boolean);
  if (requirements.length > ORDINALS.length) throw new Error(`有关要求不能超过${ORDINALS.length}条`);
  const days = [...input.days].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const rows = days.map((d, i) => [
    String(i + 1),
    formatChineseDate(d.date),
    WEEKDAYS[weekday(d.date)] ?? '',
    clause(d.leader),
    clause(d.place),
  ]);
  const sections: [string, FileChild[]][] = [
    [
      '接待安排',
      // A leader's name and title never break; the place takes what is left and wraps.
      [
        gridTable(['序号', '接待日期', '星期', '接待领导', '接待地点'], rows, [0, 0, 0, 1, 4], {
          left: [3, 4],
          wraps: [4],
        }),
      ],
    ],
  ];
  const hours = input.hours?.trim();
  if (hours) sections.push(['接待时间', [body(`各接待日${sentence(hours)}`)]]);
  sections.push([
    '有关要求',
    requirements.map((text, i) =>
      body(`（${ORDINALS[i]}）${sentence(text)}`, { keepWithNext: i === requirements.length - 1 }),
    ),
  ]);
  const children: FileChild[] = [
    ...(input.docNo ? [docNumberLine(input.docNo)] : []),
    title(receptionNoticeTitle(input)),
    body(`${clause(input.addressee)}：`, { indent: false }),
    body(
      `为进一步畅通职工群众诉求表达渠道，把矛盾纠纷化解在基层，根据《信访工作条例》和领导干部信访接待日制度，现将${input.period}领导信访接待日安排通知如下：`,
    ),
    ...sections.flatMap(([heading, content], i) => [heading1(`${ORDINALS[i]}、${heading}`), ...content]),
    ...signatureBlock({ issuer: input.issuer, date: input.date }),
  ];
  return createGbDocument({ title: receptionNoticeTitle(input), children });
}
