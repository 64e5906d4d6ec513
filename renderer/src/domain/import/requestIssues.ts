import type { z } from 'zod';

/**
 * The import's write refuses a malformed request in Chinese (issue 17: the clerk reads every refusal), whatever part
 * of it is wrong: the schema's own messages first (「反映问题：未填写」), else this one, naming the field that is wrong.
 * Handed to zod per parse, so no other schema of the desk changes.
 */
const FIELD_LABELS: Record<string, string> = {
  fileName: '文件名',
  skipped: '跳过行数',
  candidates: '导入行',
  sheet: '工作表名',
  rowNumber: '行号',
  categoryId: '问题类别',
  unitId: '单位',
  personIds: '确认的人员',
  flagged: '提示标记',
  row: '行内容',
  receivedDate: '日期',
  matter: '反映问题',
  people: '信访人',
  name: '姓名',
  headcount: '人数',
};

const PROBLEMS: Partial<Record<z.core.$ZodIssue['code'], string>> = {
  invalid_type: '缺失或格式不对',
  too_small: '过小或为空',
  too_big: '过长或过大',
};

/** The field named by the nearest labelled key of the issue's path; a list's position is no field. */
function fieldOf(path: readonly PropertyKey[]): string {
  for (let i = path.length - 1; i >= 0; i -= 1) {
    const label = FIELD_LABELS[String(path[i])];
    if (label) return label;
  }
  return '导入内容';
}

export const importIssueMessage: z.core.$ZodErrorMap = (issue) =>
  `${fieldOf(issue.path ?? [])}${PROBLEMS[issue.code] ?? '无效'}`;
