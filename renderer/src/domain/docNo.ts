/**
 * 发文字号 (文号) of the letters the office issues (docs/domain.md §7): `{代字}〔{year}〕{n}号`, six-corner brackets, no
 * leading zeros, no 第; one counter per kind and year that never repeats a number.
 */

export interface DocKindInfo {
  /** The name the UI and the case's document list show. */
  label: string;
  /** 代字 used until the office sets its own in settings (e.g. 曹矿信复). */
  defaultPrefix: string;
  /** The 登记表 carries the 登记编号 instead of a 文号. */
  hasDocNo: boolean;
}

/** The 代字 a letter prints and the counter it numbers on: `series` names a 代字 with its own (docNoCounterKey). */
export interface DocSeries {
  prefix: string;
  series?: string;
}

/** Every document kind the office issues. */
export const DOC_KINDS = {
  registrationForm: { label: '信访登记表', defaultPrefix: '', hasDocNo: false },
  acceptanceNotice: { label: '受理告知书', defaultPrefix: '信受', hasDocNo: true },
  rejectionNotice: { label: '不予受理告知书', defaultPrefix: '信不受', hasDocNo: true },
  extensionNotice: { label: '延期办理告知书', defaultPrefix: '信延', hasDocNo: true },
  assignmentSheet: { label: '交办单', defaultPrefix: '信交', hasDocNo: true },
  supervisionSheet: { label: '督办单', defaultPrefix: '信督', hasDocNo: true },
  handlingOpinion: { label: '信访事项处理意见书', defaultPrefix: '信复', hasDocNo: true },
  reviewOpinion: { label: '复查意见书', defaultPrefix: '信复查', hasDocNo: true },
  forwardLetter: { label: '转送函', defaultPrefix: '信转', hasDocNo: true },
  forwardNotice: { label: '转送告知书', defaultPrefix: '信转告', hasDocNo: true },
  disciplineLetter: { label: '检举控告转办函', defaultPrefix: '信纪转', hasDocNo: true },
  /** Not a letter of a petition: a 重大 matter of the screening ledger going up the same day (domain/risk/specialReport.ts). */
  riskReport: { label: '重大风险专报', defaultPrefix: '信专报', hasDocNo: true },
} as const satisfies Record<string, DocKindInfo>;
export type DocKind = keyof typeof DOC_KINDS;

/** Kinds that are numbered. */
export const NUMBERED_DOC_KINDS = (Object.keys(DOC_KINDS) as DocKind[]).filter((kind) => DOC_KINDS[kind].hasDocNo);

const PREFIX_MAX = 16;
/** Brackets and digits belong to the number itself; a prefix holding them would print a malformed 文号. */
const PREFIX_FORBIDDEN = /[〔〕[\]［］【】()（）{}0-9０-９\s号]/;

/** A 代字 as settings accept it: null when fine, otherwise the Chinese reason. */
export function checkDocNoPrefix(prefix: string): string | null {
  const p = prefix.trim();
  if (!p) return '请填写文号代字';
  if ([...p].length > PREFIX_MAX) return `文号代字不能超过${PREFIX_MAX}个字`;
  if (PREFIX_FORBIDDEN.test(p)) return '文号代字不能含括号、数字、空格或“号”字，年份和序号由系统生成';
  return null;
}

/** formatDocNo('曹矿信复', 2026, 12) → '曹矿信复〔2026〕12号'. */
export function formatDocNo(prefix: string, year: number, n: number): string {
  const problem = checkDocNoPrefix(prefix);
  if (problem) throw new Error(problem);
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new Error(`文号年份${year}无效`);
  if (!Number.isInteger(n) || n < 1) throw new Error(`文号序号${n}无效，应为正整数`);
  return `${prefix.trim()}〔${year}〕${n}号`;
}

/**
 * Reads a 文号 back. Besides 〔〕 it accepts the brackets people type by mistake (［］ [] 【】 （） ()) and leading
 * zeros, so a number typed from a paper letter can be recognised and reprinted in the correct form.
 */
const DOC_NO_RE = /^(.+?)[〔［[【（(](\d{4})[〕］\]】）)]第?0*(\d+)号$/;

export function parseDocNo(docNo: string): { prefix: string; year: number; n: number } | null {
  const m = DOC_NO_RE.exec(docNo.replace(/\s+/g, ''));
  if (!m || !m[1] || !m[2] || !m[3]) return null;
  const n = Number(m[3]);
  if (n < 1) return null;
  return { prefix: m[1], year: Number(m[2]), n };
}

/**
 * The settings row holding the last number issued for a kind in a year, like regNoCounterKey. A `series` is a 代字
 * that numbers apart from the kind's own (a 复查 body's, set per route), so 集团信复查 and 矿信复查 each start at 1.
 */
export function docNoCounterKey(kind: DocKind, year: number, series?: string): string {
  return series ? `docNo:${kind}:${series}:${year}` : `docNo:${kind}:${year}`;
}

export interface NextDocNo {
  key: string;
  n: number;
  docNo: string;
  /** The counters with this number recorded, for the caller to store in the same transaction as the document. */
  counters: Readonly<Record<string, number>>;
}

/**
 * The next 文号 of a kind in a year from the counters (last number issued per key); the input is not changed.
 * Each kind and year counts on its own, so a new year starts again at 1.
 */
export function nextDocNo(
  counters: Readonly<Record<string, number>>,
  kind: DocKind,
  year: number,
  prefix: string = DOC_KINDS[kind].defaultPrefix,
  series?: string,
): NextDocNo {
  if (!DOC_KINDS[kind].hasDocNo) throw new Error(`${DOC_KINDS[kind].label}不编文号`);
  const key = docNoCounterKey(kind, year, series);
  const n = (counters[key] ?? 0) + 1;
  return { key, n, docNo: formatDocNo(prefix, year, n), counters: { ...counters, [key]: n } };
}
