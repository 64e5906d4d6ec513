import { normalizeWord } from './cells';

/**
 * The columns an old 信访台账 may have, each with the header words offices write for it (issue 17). The label is the
 * word the mapping dialog shows; the first synonym is the label itself. A header is matched whole first, then by the
 * longest word it holds (「来访人姓名」 holds 姓名), so 「办结日期」 is its own field and not a 日期.
 */
export const IMPORT_FIELDS = {
  serialNo: { label: '序号', words: ['序号', '顺序号', 'no', 'no.'] },
  originalNo: { label: '原编号', words: ['原编号', '编号', '登记编号', '登记号', '信访编号', '案件编号', '件号'] },
  receivedDate: {
    label: '日期',
    words: [
      '日期',
      '来访日期',
      '来信日期',
      '来电日期',
      '信访日期',
      '登记日期',
      '接待日期',
      '收信日期',
      '时间',
      '来访时间',
      '登记时间',
      '收到时间',
      '收到日期',
      '收信时间',
      '接待时间',
    ],
  },
  channel: {
    label: '来访形式',
    words: ['来访形式', '信访形式', '来访方式', '信访方式', '形式', '方式', '渠道', '信访渠道', '来源'],
  },
  names: {
    label: '姓名',
    words: ['姓名', '来访人', '信访人', '来访人姓名', '信访人姓名', '反映人', '上访人', '当事人', '来信人', '来电人'],
  },
  idNumber: {
    label: '身份证号',
    words: ['身份证号', '身份证号码', '身份证', '证件号码', '公民身份号码', '身份证件号码'],
  },
  phone: { label: '联系电话', words: ['联系电话', '电话', '手机', '手机号', '手机号码', '联系方式', '电话号码'] },
  unit: { label: '单位', words: ['单位', '所在单位', '工作单位', '所属单位', '单位名称', '来访人单位'] },
  headcount: { label: '人数', words: ['人数', '来访人数', '人次', '来访人次'] },
  matter: {
    label: '反映问题',
    words: [
      '反映问题',
      '反映的问题',
      '主要问题',
      '反映内容',
      '信访事项',
      '信访内容',
      '问题',
      '事由',
      '来访事由',
      '主要内容',
      '反映的主要问题',
      '信访事由',
      '内容',
      '摘要',
    ],
  },
  category: { label: '问题类别', words: ['问题类别', '类别', '问题分类', '分类', '问题类型', '信访类别', '类型'] },
  demands: { label: '诉求', words: ['诉求', '主要诉求', '诉求内容', '要求', '信访诉求', '来访诉求'] },
  handlingUnit: {
    label: '承办单位',
    words: ['承办单位', '责任单位', '办理单位', '承办部门', '责任部门', '转办单位', '处理单位'],
  },
  leader: { label: '包案领导', words: ['包案领导', '包案人', '责任领导', '分管领导', '包保领导'] },
  dueDate: { label: '办理期限', words: ['办理期限', '期限', '办结期限', '限办日期', '办理时限', '办结时限', '时限'] },
  handling: {
    label: '办理情况',
    words: ['办理情况', '处理情况', '办理结果', '处理结果', '答复情况', '处理意见', '化解情况', '落实情况', '办理进展'],
  },
  closed: { label: '是否办结', words: ['是否办结', '办结情况', '是否结案', '办结状态', '状态', '办结'] },
  closedDate: { label: '办结日期', words: ['办结日期', '办结时间', '结案日期', '结案时间', '答复日期', '完成时间'] },
  satisfaction: { label: '满意度', words: ['满意度', '是否满意', '满意情况', '回访情况', '回访结果', '评价', '满意'] },
  remarks: { label: '备注', words: ['备注', '说明', '其他'] },
} as const satisfies Record<string, { label: string; words: readonly string[] }>;

export type ImportField = keyof typeof IMPORT_FIELDS;
export const IMPORT_FIELD_KEYS = Object.keys(IMPORT_FIELDS) as ImportField[];

export interface HeaderMatch {
  field: ImportField;
  /** Higher is surer: a whole match beats any part, a longer part beats a shorter one. */
  score: number;
}

/**
 * Headers holding a field's word that name something else, so no field is suggested for them: the day a matter was
 * accepted is not the day it was received (the deadlines counted from receipt, docs/domain.md §5, would shift), and
 * the 交办单位 is the superior body that assigned the matter, not the unit handling it. The clerk may still map them.
 */
const OTHER_HEADERS = ['受理日期', '受理时间', '交办单位'];

/** The field a header's words most likely name, or null. */
export function matchHeader(header: string): HeaderMatch | null {
  const word = normalizeWord(header).toLowerCase();
  if (word === '' || OTHER_HEADERS.some((other) => word.includes(other))) return null;
  let best: HeaderMatch | null = null;
  for (const field of IMPORT_FIELD_KEYS) {
    for (const synonym of IMPORT_FIELDS[field].words) {
      const score =
        word === synonym ? 100 + synonym.length : word.includes(synonym) && synonym.length > 1 ? synonym.length : 0;
      if (score > (best?.score ?? 0)) best = { field, score };
    }
  }
  return best;
}
