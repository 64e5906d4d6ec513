import type { DocKind } from './docNo';
import type { RejectionRoute } from './workflowPayloads';

/**
 * The fixed wording of every letter as editable template text (issue 3, item 7). A template is plain text: each
 * line becomes a paragraph, `{名称}` placeholders are filled from the case, and a block placeholder (a list such as
 * the per-claim opinions) stands on a line of its own and expands into several paragraphs. Settings refuse a
 * template that validateTemplate finds fault with, so a letter can never print an unfilled `{…}`.
 */

/**
 * Kinds that have template text: every issued kind of a petition but the 登记表, which is a form without prose. The
 * 重大风险专报 is drafted from its matter, not from a template.
 */
export type LetterKind = Exclude<DocKind, 'registrationForm' | 'riskReport'>;
export const LETTER_KINDS = [
  'acceptanceNotice',
  'rejectionNotice',
  'extensionNotice',
  'assignmentSheet',
  'supervisionSheet',
  'handlingOpinion',
  'reviewOpinion',
  'forwardLetter',
  'forwardNotice',
  'disciplineLetter',
] as const satisfies readonly LetterKind[];

/** Every placeholder with what it stands for: the help beside the template editor. */
export const PLACEHOLDERS = {
  信访人: '信访人姓名，多人时如“王建国、李桂兰等6人”',
  人称: '“你”，多人时为“你们”',
  登记编号: '登记编号，如2026-0137',
  收到日期: '收到信访事项的日期',
  反映问题: '反映的问题，简短的名词短语，如“离退休职工供暖费补贴”',
  受理日期: '受理日期',
  办理期限: '办结期限（日期）',
  不予受理理由: '不予受理的理由',
  受理机关: '有权处理的机关、单位（信访人应向何处提出）',
  救济途径: '按不予受理的途径选用的那一句，写明向何处、提出什么（单独成行）',
  原办结期限: '延期前的办结期限',
  延期天数: '延长的天数',
  延期理由: '延期理由',
  批准人: '批准延期的负责人',
  新办结期限: '延期后的办结期限',
  交办单位: '交办单位（本单位）',
  承办单位: '承办单位',
  包案领导: '包案领导',
  督办单位: '督办单位（本单位）',
  督办方式: '督办方式：电话、文书、约谈或实地',
  督办日期: '督办日期',
  反馈期限: '承办单位反馈的期限',
  信访请求: '逐项列出的信访请求（单独成行）',
  查明事实: '调查认定的事实（单独成行）',
  处理依据: '处理依据：法律法规和政策规定（单独成行）',
  逐项处理意见: '对每项请求的处理意见（单独成行）',
  复查机关: '受理复查请求的机关、单位（原办理单位的上一级）',
  序号: '请求的序号',
  诉求: '一项请求的内容',
  处理结果: '予以支持、作出解释说明或不予支持',
  处理意见: '对该项请求的具体意见',
  原处理单位: '作出原处理意见的单位',
  原处理文号: '原处理意见书的文号',
  复查请求日期: '收到复查请求的日期',
  复查请求理由: '复查请求及理由（单独成行）',
  复查结论: '维持、变更或撤销',
  复查意见: '复查的具体意见（单独成行）',
  复核机关: '受理复核请求的机关、单位（复查单位的上一级）',
  转送机关: '有权处理该事项的机关、单位（转送函的主送）',
  转送日期: '转送的日期',
  问题摘要: '反映问题摘要（单独成行）',
  信访诉求: '信访诉求（单独成行）',
  转办机构: '纪检监察机构或组织人事部门（转办函的主送）',
  发文单位: '本单位（出具文书的单位）',
} as const;
export type Placeholder = keyof typeof PLACEHOLDERS;

/** Placeholders whose value is a list of paragraphs, so they must stand on a line of their own. */
const BLOCK_PLACEHOLDERS: ReadonlySet<string> = new Set<Placeholder>([
  '救济途径',
  '信访请求',
  '查明事实',
  '处理依据',
  '逐项处理意见',
  '复查请求理由',
  '复查意见',
  '问题摘要',
  '信访诉求',
]);

export interface TemplatePartSpec {
  /** What the settings page calls this text. */
  label: string;
  placeholders: readonly Placeholder[];
  /** What the letter cannot do without: the facts the Regulation asks it to state. */
  required: readonly Placeholder[];
  multiline: boolean;
  /** Words the text must hold to be a whole sentence: what is filed where (申请仲裁 needs “仲裁”). */
  mustSay?: string;
}

/** The 不予受理告知书's sentence for each route, as a template part of its own. */
export const ROUTE_PARTS = {
  申请仲裁: 'routeArbitration',
  提起诉讼: 'routeLitigation',
  申请行政复议: 'routeAdministrativeReview',
  向纪检监察机关检举控告: 'routeDiscipline',
  依规提出申诉: 'routeAppeal',
  向有权处理的机关反映: 'routeCompetentBody',
} as const satisfies Record<RejectionRoute, string>;
type RouteTemplatePart = (typeof ROUTE_PARTS)[RejectionRoute];

/** The parts of each kind's template: a title, the body, and for some kinds a further text. */
interface TemplatePartsOf {
  acceptanceNotice: 'title' | 'body';
  rejectionNotice: 'title' | 'body' | RouteTemplatePart;
  extensionNotice: 'title' | 'body';
  assignmentSheet: 'title' | 'body' | 'feedback';
  supervisionSheet: 'title' | 'body' | 'feedback';
  /** `claim`: the line printed once per claim inside {逐项处理意见}. */
  handlingOpinion: 'title' | 'body' | 'claim';
  reviewOpinion: 'title' | 'body';
  forwardLetter: 'title' | 'body';
  forwardNotice: 'title' | 'body';
  disciplineLetter: 'title' | 'body';
}
export type TemplatePart = TemplatePartsOf[LetterKind];
export type LetterTemplate<K extends LetterKind> = Record<TemplatePartsOf[K], string>;
export type LetterTemplates = { [K in LetterKind]: LetterTemplate<K> };

const TITLE: TemplatePartSpec = { label: '标题', placeholders: [], required: [], multiline: false };
const CASE: Placeholder[] = ['信访人', '人称', '登记编号', '收到日期', '反映问题'];
/** Sheets speak to a unit, so they have no 人称 (你/你们) for the petitioner. */
const SHEET_CASE: Placeholder[] = ['信访人', '登记编号', '收到日期', '反映问题'];
const body = (placeholders: Placeholder[], required: Placeholder[]): TemplatePartSpec => ({
  label: '正文',
  placeholders,
  required,
  multiline: true,
});

export const TEMPLATE_PARTS: { [K in LetterKind]: Record<TemplatePartsOf[K], TemplatePartSpec> } = {
  acceptanceNotice: { title: TITLE, body: body([...CASE, '受理日期', '办理期限'], ['受理日期', '办理期限']) },
  rejectionNotice: {
    title: TITLE,
    // The body has no {受理机关}: where to go is said only by the route's whole sentence, so it cannot be cut short.
    body: body([...CASE, '不予受理理由', '救济途径'], ['不予受理理由', '救济途径']),
    routeArbitration: route('申请仲裁', '仲裁'),
    routeLitigation: route('提起诉讼', '诉讼'),
    routeAdministrativeReview: route('申请行政复议', '行政复议'),
    routeDiscipline: route('向纪检监察机关检举控告', '检举'),
    routeAppeal: route('依规提出申诉', '申诉'),
    routeCompetentBody: route('向有权处理的机关反映', '反映'),
  },
  extensionNotice: {
    title: TITLE,
    body: body(
      [...CASE, '受理日期', '原办结期限', '延期天数', '延期理由', '批准人', '新办结期限'],
      ['延期理由', '批准人', '新办结期限'],
    ),
  },
  assignmentSheet: {
    title: TITLE,
    body: body([...SHEET_CASE, '交办单位', '承办单位', '包案领导', '办理期限'], []),
    feedback: {
      label: '反馈要求',
      placeholders: ['交办单位', '承办单位', '登记编号', '办理期限'],
      required: ['办理期限'],
      multiline: true,
    },
  },
  supervisionSheet: {
    title: TITLE,
    body: body([...SHEET_CASE, '督办单位', '承办单位', '包案领导', '办理期限', '督办方式', '督办日期'], []),
    feedback: {
      label: '反馈要求',
      placeholders: ['督办单位', '承办单位', '登记编号', '反馈期限'],
      required: ['反馈期限'],
      multiline: true,
    },
  },
  // Art. 32: the letter states the requests, the facts, the basis and the opinion; Art. 35: who reviews it.
  handlingOpinion: {
    title: TITLE,
    body: body(
      [...CASE, '受理日期', '信访请求', '查明事实', '处理依据', '逐项处理意见', '复查机关'],
      ['信访请求', '查明事实', '处理依据', '逐项处理意见', '复查机关'],
    ),
    claim: {
      label: '每项请求的处理意见',
      placeholders: ['序号', '诉求', '处理结果', '处理意见'],
      required: ['诉求', '处理结果', '处理意见'],
      multiline: false,
    },
  },
  reviewOpinion: {
    title: TITLE,
    body: body(
      [
        ...CASE,
        '原处理单位',
        '原处理文号',
        '复查请求日期',
        '复查请求理由',
        '查明事实',
        '复查结论',
        '复查意见',
        '复核机关',
      ],
      ['查明事实', '复查结论', '复查意见', '复核机关'],
    ),
  },
  // Art. 23: a matter outside the office's remit goes to the competent body, and the petitioner is told where.
  forwardLetter: {
    title: TITLE,
    body: body([...SHEET_CASE, '转送机关', '转送日期', '问题摘要', '信访诉求', '发文单位'], ['问题摘要', '信访诉求']),
  },
  forwardNotice: { title: TITLE, body: body([...CASE, '转送机关', '转送日期'], ['转送机关']) },
  // Art. 30: a 检举控告 goes to 纪检监察 (or 组织/人事), and the complainant's identity to nobody else.
  disciplineLetter: {
    title: TITLE,
    body: body([...SHEET_CASE, '转办机构', '转送日期', '问题摘要', '信访诉求', '发文单位'], ['问题摘要', '信访诉求']),
  },
};

/** A route's sentence: one line naming the body ({受理机关}) and holding what is filed there. */
function route(label: string, mustSay: string): TemplatePartSpec {
  return {
    label: `途径：${label}`,
    placeholders: ['人称', '受理机关'],
    required: ['受理机关'],
    multiline: false,
    mustSay,
  };
}

const lines = (...paragraphs: string[]) => paragraphs.join('\n');
const CASE_OPENING = '{人称}于{收到日期}反映的{反映问题}问题（登记编号：{登记编号}）';

/** The wording the app ships with, following the 《信访工作条例》 articles each letter rests on. */
export const DEFAULT_LETTER_TEMPLATES: LetterTemplates = {
  acceptanceNotice: {
    title: '信访事项受理告知书',
    body: lines(
      `${CASE_OPENING}收悉。经审查，该事项属于本单位职权范围，根据《信访工作条例》第二十三条的规定，本单位已于{受理日期}予以受理。`,
      '本单位将依照《信访工作条例》第三十四条的规定，自受理之日起60日内办结（办理期限至{办理期限}），并书面答复{人称}；情况复杂需要延长办理期限的，将另行书面告知延期理由。',
      '办理期间，请{人称}如实反映情况，配合调查核实，依法有序表达诉求。',
      '特此告知。',
    ),
  },
  rejectionNotice: {
    title: '信访事项不予受理告知书',
    body: lines(
      `${CASE_OPENING}收悉。经审查，{不予受理理由}。根据《信访工作条例》第二十三条、第三十一条的规定，本单位对该事项不予受理。`,
      '{救济途径}',
      '特此告知。',
    ),
    routeArbitration: '{人称}可以依法向{受理机关}申请仲裁。',
    routeLitigation: '{人称}可以依法向{受理机关}提起诉讼。',
    routeAdministrativeReview: '{人称}可以依法向{受理机关}申请行政复议。',
    routeDiscipline: '{人称}可以向{受理机关}检举控告。',
    routeAppeal: '{人称}可以依规向{受理机关}提出申诉。',
    routeCompetentBody: '{人称}可以向{受理机关}反映。',
  },
  extensionNotice: {
    title: '信访事项延期办理告知书',
    body: lines(
      `${CASE_OPENING}，本单位已于{受理日期}受理，原办理期限至{原办结期限}。`,
      '因{延期理由}，不能在原期限内办结。经{批准人}批准，根据《信访工作条例》第三十四条的规定，办理期限延长{延期天数}日，至{新办结期限}。',
      '本单位将在延长的期限内办结，并书面答复{人称}。',
      '特此告知。',
    ),
  },
  assignmentSheet: {
    title: '信访事项交办单',
    body: '现将下列信访事项交你单位办理，请{包案领导}同志牵头，依规依法调查处理，于{办理期限}前办结。',
    feedback: '请于{办理期限}前将办理情况和答复意见书面报送{交办单位}；不能按期办结的，应在期满前说明理由、报批延期。',
  },
  supervisionSheet: {
    title: '信访事项督办单',
    body: '下列信访事项已交你单位办理，办理期限至{办理期限}。现予督办，请{包案领导}同志督促落实并按要求反馈。',
    feedback: '请于{反馈期限}前将办理进展和督办要求落实情况书面报送{督办单位}；逾期未办结的，应当说明原因和下步措施。',
  },
  handlingOpinion: {
    title: '信访事项处理意见书',
    body: lines(
      `${CASE_OPENING}，本单位已于{受理日期}受理。根据《信访工作条例》第三十一条、第三十二条的规定，本单位听取了{人称}的陈述，进行了调查核实，现提出处理意见如下：`,
      '一、信访请求',
      '{信访请求}',
      '二、调查认定的事实',
      '{查明事实}',
      '三、处理依据',
      '{处理依据}',
      '四、处理意见',
      '{逐项处理意见}',
      '如对本处理意见不服，可以自收到本意见书之日起30日内向{复查机关}提出复查请求。',
    ),
    claim: '{序号}.对“{诉求}”的请求，{处理结果}。{处理意见}',
  },
  reviewOpinion: {
    title: '信访事项复查意见书',
    body: lines(
      '{人称}对{原处理单位}作出的《信访事项处理意见书》（{原处理文号}）不服，于{复查请求日期}提出复查请求。根据《信访工作条例》第三十五条的规定，本单位进行了复查，现提出复查意见如下：',
      '一、复查请求及理由',
      '{复查请求理由}',
      '二、复查认定的事实',
      '{查明事实}',
      '三、复查意见',
      '经复查，本单位决定{复查结论}{原处理单位}作出的《信访事项处理意见书》（{原处理文号}）。',
      '{复查意见}',
      '如对本复查意见不服，可以自收到本复查意见书之日起30日内向{复核机关}提出复核请求。',
    ),
  },
  forwardLetter: {
    title: '信访事项转送函',
    body: lines(
      '{信访人}于{收到日期}向{发文单位}反映{反映问题}问题（登记编号：{登记编号}）。经审查，该事项不属于本单位职权范围，属于你单位职权范围。根据《信访工作条例》第二十三条的规定，现将该事项转送你单位，请依法依规处理，并将处理结果书面告知信访人。',
      '一、反映问题摘要',
      '{问题摘要}',
      '二、信访诉求',
      '{信访诉求}',
      '本单位已将转送情况书面告知信访人。',
    ),
  },
  forwardNotice: {
    title: '信访事项转送告知书',
    body: lines(
      `${CASE_OPENING}收悉。经审查，该事项不属于本单位职权范围。根据《信访工作条例》第二十三条的规定，本单位已于{转送日期}将该事项转送{转送机关}处理。`,
      '请{人称}就该事项直接与{转送机关}联系，依法有序表达诉求。',
      '特此告知。',
    ),
  },
  disciplineLetter: {
    title: '检举控告事项转办函',
    body: lines(
      '{信访人}于{收到日期}向{发文单位}反映{反映问题}问题（登记编号：{登记编号}）。该事项属于检举控告类，根据《信访工作条例》第三十条的规定，现转你处依规依纪依法处理。',
      '一、检举控告内容摘要',
      '{问题摘要}',
      '二、检举控告人的请求',
      '{信访诉求}',
      '请严格为检举控告人保密，不得将其姓名、工作单位、住址、联系方式和检举控告材料透露或者转给被检举控告的单位和人员。',
    ),
  },
};

const PLACEHOLDER_RE = /\{([^{}\n]*)\}/g;

/** The placeholders a text uses, in order of first use. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER_RE)].map((m) => m[1] ?? ''))];
}

/**
 * Fills every `{名称}` from values in one pass, so a value that itself contains braces is printed as it is.
 * A placeholder without a value is an error rather than a blank in a letter the office is about to seal.
 */
export function renderTemplate(template: string, values: Readonly<Record<string, string>>): string {
  const missing = placeholdersIn(template).filter((name) => values[name] === undefined);
  if (missing.length > 0) throw new Error(`模板中的占位符${missing.map((n) => `{${n}}`).join('、')}没有对应的内容`);
  return template.replace(PLACEHOLDER_RE, (_, name: string) => values[name] ?? '');
}

function partSpec(kind: LetterKind, part: TemplatePart): TemplatePartSpec | undefined {
  return (TEMPLATE_PARTS[kind] as Partial<Record<TemplatePart, TemplatePartSpec>>)[part];
}

/** What is wrong with a template text, as Chinese messages; empty when the text can be saved. */
export function validateTemplate(kind: LetterKind, text: string, part: TemplatePart = 'body'): string[] {
  const spec = partSpec(kind, part);
  if (!spec) throw new Error(`${kind} has no template part ${part}`);
  if (!text.trim()) return [`${spec.label}不能为空`];
  const errors: string[] = [];
  const allowed = new Set<string>(spec.placeholders);
  if (!spec.multiline && text.trim().includes('\n')) errors.push(`${spec.label}只能有一行`);
  text.split('\n').forEach((line, i) => {
    const where = spec.multiline ? `第${i + 1}行：` : '';
    if (/[{}]/.test(line.replace(PLACEHOLDER_RE, ''))) errors.push(`${where}花括号不成对`);
    for (const m of line.matchAll(/｛([^｛｝]*)｝/g)) errors.push(`${where}占位符｛${m[1]}｝应改用半角花括号{${m[1]}}`);
    for (const m of line.matchAll(PLACEHOLDER_RE)) {
      const name = m[1] ?? '';
      if (!allowed.has(name)) {
        const usable = spec.placeholders.map((p) => `{${p}}`).join('、') || '无';
        errors.push(`${where}${name in PLACEHOLDERS ? '此处不能使用' : '未知的'}占位符{${name}}（可用：${usable}）`);
      } else if (BLOCK_PLACEHOLDERS.has(name) && line.trim() !== `{${name}}`) {
        errors.push(`${where}占位符{${name}}应单独占一行`);
      }
    }
  });
  const used = new Set(placeholdersIn(text));
  for (const name of spec.required) {
    if (!used.has(name)) errors.push(`缺少占位符{${name}}（${PLACEHOLDERS[name]}）`);
  }
  // 「向{受理机关}提出。」 says not what to file: the sentence must name it after the body.
  if (spec.mustSay && !text.slice(text.indexOf('{受理机关}')).includes(spec.mustSay)) {
    errors.push(
      `这一句应在{受理机关}之后写明提出什么（须含“${spec.mustSay}”），如“{人称}可以依法向{受理机关}${spec.label.replace(/^途径：/u, '')}。”`,
    );
  }
  return [...new Set(errors)];
}

/** Every part of a kind's template checked at once, each message led by the part's name. */
export function validateLetterTemplate<K extends LetterKind>(kind: K, template: LetterTemplate<K>): string[] {
  const parts = Object.entries(template) as [TemplatePart, string][];
  return parts.flatMap(([part, text]) => {
    const label = partSpec(kind, part)?.label ?? part;
    return validateTemplate(kind, text, part).map((message) => `${label}：${message}`);
  });
}
