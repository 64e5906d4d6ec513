import type { Document, Paragraph } from 'docx';
import { removeIdentities } from '../../domain/access/scrubIdentity';
import { formatChineseDate, formatChineseMoment } from '../../domain/dates';
import { arrivalSentences, eventPhrase, inline } from '../../domain/emergency/narrative';
import type { Emergency } from '../../domain/emergency/types';
import { body, createGbDocument, heading1, signatureBlock, title } from '../gbStyle';
import { textParagraphs } from '../letters/letterParts';

/** What the 处置情况报告 is built from: the event as recorded, and who sends it to whom. */
export interface EmergencyReportData {
  emergency: Emergency;
  /** The names of the units involved, in the event's order. */
  unitNames: string[];
  /** 主送机关 (the company office the report goes up to). */
  addressee: string;
  /** 发文机关署名. */
  issuer: string;
  /** 成文日期 'YYYY-MM-DD'. */
  date: string;
  /** The moment the report is written ('YYYY-MM-DDTHH:mm'): an event still in 处置 is told up to it. */
  at: string;
}

/** 「关于一号矿井36人赴京上访处置情况的报告」 */
export function emergencyReportTitle(data: Pick<EmergencyReportData, 'emergency' | 'unitNames'>): string {
  return `关于${eventPhrase(data.emergency, data.unitNames)}处置情况的报告`;
}

/** The office's free text, its ID numbers and phone numbers removed (docs/domain.md §11), as paragraphs. */
const written = (text: string): Paragraph[] =>
  textParagraphs(
    text
      .split('\n')
      .map((line) => removeIdentities(line))
      .join('\n'),
  );

/** 3860 → 3860, 3860.5 → 3860.50: yuan as a report writes an amount. */
const yuan = (amount: number) => (Number.isInteger(amount) ? String(amount) : amount.toFixed(2));

/**
 * 突发信访事件处置情况报告 (docs/domain.md §10) in GB/T 9704: title, 主送, then 基本情况, 到场处置, 处置经过, 善后措施,
 * 原因分析, 损失评估 and 备用金, 经验教训, and the issuer and date. It names leaders and units, never a petitioner, and
 * carries no ID number or phone number.
 */
export function buildEmergencyReport(data: EmergencyReportData): Document {
  const e = data.emergency;
  const at = e.closedAt ?? data.at;
  const steps = e.steps.length
    ? e.steps.map((s) => body(`${formatChineseMoment(s.at)}，${inline(s.text)}。`))
    : [body('暂无处置步骤记录。')];
  const aftercare = e.aftercare.length
    ? e.aftercare.map((m, i) =>
        body(
          `${i + 1}.${inline(m.text)}，完成时限${formatChineseDate(m.deadline)}，${m.doneOn ? `已于${formatChineseDate(m.doneOn)}完成` : '正在落实'}。`,
        ),
      )
    : [body('无需采取善后措施。')];
  const fund = e.reserveFundYuan > 0 ? `处置中动用备用金${yuan(e.reserveFundYuan)}元。` : '处置中未动用备用金。';
  const children = [
    title(emergencyReportTitle(data)),
    ...(data.addressee.trim() ? [body(`${data.addressee.trim()}：`, { indent: false })] : []),
    body(`现将${formatChineseDate(e.reportedAt)}${eventPhrase(e, data.unitNames)}事件的处置情况报告如下。`),
    heading1('一、基本情况'),
    body(
      `${formatChineseMoment(e.reportedAt)}，接到报告：${data.unitNames.join('、')}${e.headcount}人到${inline(e.place)}上访。主要诉求：${inline(e.demands)}。`,
    ),
    heading1('二、到场处置'),
    ...arrivalSentences(e, at).map((sentence) => body(sentence)),
    heading1('三、处置经过'),
    ...steps,
    ...(e.closedAt ? [body(`${formatChineseMoment(e.closedAt)}，现场处置结束。`)] : []),
    heading1('四、善后措施'),
    ...aftercare,
    heading1('五、原因分析'),
    ...written(e.causeAnalysis || '（尚未填写）'),
    heading1('六、损失评估及备用金使用情况'),
    ...written(e.lossAssessment || '（尚未填写）'),
    body(fund),
    heading1('七、经验教训'),
    ...written(e.lessons || '（尚未填写）'),
    body('特此报告。', { keepWithNext: true }),
    ...signatureBlock({ issuer: data.issuer, date: data.date }),
  ];
  return createGbDocument({ title: emergencyReportTitle(data), children });
}
