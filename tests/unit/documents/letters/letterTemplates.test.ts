import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LETTER_TEMPLATES,
  LETTER_KINDS,
  TEMPLATE_PARTS,
  placeholdersIn,
  renderTemplate,
  validateLetterTemplate,
  validateTemplate,
  type LetterKind,
  type TemplatePart,
} from '../../../../renderer/src/domain/letterTemplates';

const ALL_PARTS = LETTER_KINDS.flatMap((kind) =>
  Object.keys(TEMPLATE_PARTS[kind]).map((part) => [kind, part as TemplatePart] as [LetterKind, TemplatePart]),
);

describe('renderTemplate', () => {
  it('fills every placeholder, each as often as it appears', () => {
    expect(
      renderTemplate('{信访人}：{人称}于{收到日期}来访，{人称}的请求已收悉。', {
        信访人: '张三',
        人称: '你',
        收到日期: '2026年5月25日',
      }),
    ).toBe('张三：你于2026年5月25日来访，你的请求已收悉。');
  });

  it('prints a value that itself holds braces as it is, without filling it again', () => {
    expect(renderTemplate('理由：{延期理由}', { 延期理由: '需核实{信访人}的材料', 信访人: '张三' })).toBe(
      '理由：需核实{信访人}的材料',
    );
  });

  it('refuses to print a placeholder it has no value for, naming each one', () => {
    expect(() => renderTemplate('{信访人}于{收到日期}反映的{反映问题}问题', { 信访人: '张三' })).toThrow(
      '模板中的占位符{收到日期}、{反映问题}没有对应的内容',
    );
  });

  it('lists the placeholders a text uses, once each', () => {
    expect(placeholdersIn('{人称}…{信访人}…{人称}')).toEqual(['人称', '信访人']);
  });
});

describe('default templates', () => {
  it.each(ALL_PARTS)('%s %s passes its own validation', (kind, part) => {
    const text = (DEFAULT_LETTER_TEMPLATES[kind] as Record<string, string>)[part] ?? '';
    expect(validateTemplate(kind, text, part)).toEqual([]);
  });

  it('tell the petitioner the matter was accepted and will be handled within 60 days (Arts. 23, 34)', () => {
    const { body } = DEFAULT_LETTER_TEMPLATES.acceptanceNotice;
    expect(body).toContain('已于{受理日期}予以受理');
    expect(body).toContain('自受理之日起60日内办结（办理期限至{办理期限}）');
  });

  it('give the reason for not accepting and where to apply instead', () => {
    const { body } = DEFAULT_LETTER_TEMPLATES.rejectionNotice;
    expect(body).toContain('经审查，{不予受理理由}。');
    expect(body).toContain('不予受理');
    expect(body.split('\n')).toContain('{救济途径}');
  });

  it('say in each route of the 不予受理告知书 what to file and where (issue 13)', () => {
    const { routeArbitration, routeLitigation, routeAdministrativeReview, routeDiscipline } =
      DEFAULT_LETTER_TEMPLATES.rejectionNotice;
    expect(routeArbitration).toBe('{人称}可以依法向{受理机关}申请仲裁。');
    expect(routeLitigation).toBe('{人称}可以依法向{受理机关}提起诉讼。');
    expect(routeAdministrativeReview).toBe('{人称}可以依法向{受理机关}申请行政复议。');
    expect(routeDiscipline).toBe('{人称}可以向{受理机关}检举控告。');
  });

  it('give the extension’s reason, approver, length and new due date (Art. 34)', () => {
    expect(DEFAULT_LETTER_TEMPLATES.extensionNotice.body).toContain('因{延期理由}，不能在原期限内办结。经{批准人}批准');
    expect(DEFAULT_LETTER_TEMPLATES.extensionNotice.body).toContain('办理期限延长{延期天数}日，至{新办结期限}');
  });

  it('end the 处理意见书 with the right to ask for 复查 within 30 days, and from whom (Art. 35)', () => {
    const lines = DEFAULT_LETTER_TEMPLATES.handlingOpinion.body.split('\n');
    expect(lines.at(-1)).toBe('如对本处理意见不服，可以自收到本意见书之日起30日内向{复查机关}提出复查请求。');
  });

  it('end the 复查意见书 with the right to ask for 复核 within 30 days, and from whom (Art. 36)', () => {
    const lines = DEFAULT_LETTER_TEMPLATES.reviewOpinion.body.split('\n');
    expect(lines.at(-1)).toBe('如对本复查意见不服，可以自收到本复查意见书之日起30日内向{复核机关}提出复核请求。');
  });
});

describe('validateTemplate refuses a template that would print wrong', () => {
  it.each<[string, LetterKind, string, TemplatePart, string]>([
    ['an empty text', 'acceptanceNotice', '  \n ', 'body', '正文不能为空'],
    [
      'an unknown placeholder',
      'acceptanceNotice',
      '{受理日期}{办理期限}{联系电话}',
      'body',
      '第1行：未知的占位符{联系电话}（可用：{信访人}、',
    ],
    [
      'a placeholder of another letter',
      'acceptanceNotice',
      '{受理日期}{办理期限}{复查机关}',
      'body',
      '第1行：此处不能使用占位符{复查机关}',
    ],
    [
      'a missing 复查机关',
      'handlingOpinion',
      '{信访请求}\n{查明事实}\n{处理依据}\n{逐项处理意见}\n如不服可申请复查。',
      'body',
      '缺少占位符{复查机关}（受理复查请求的机关、单位（原办理单位的上一级））',
    ],
    [
      'a missing reason in the rejection',
      'rejectionNotice',
      '不予受理。\n{救济途径}',
      'body',
      '缺少占位符{不予受理理由}',
    ],
    // Issue 13: 「{人称}可以依法向{受理机关}提出。」 cannot make a whole sentence, so neither the body nor a route takes it.
    [
      'the body naming the body without the route’s sentence',
      'rejectionNotice',
      '经审查，{不予受理理由}。\n{人称}可以依法向{受理机关}提出。',
      'body',
      '第2行：此处不能使用占位符{受理机关}',
    ],
    [
      'a route that says not what to file',
      'rejectionNotice',
      '{人称}可以依法向{受理机关}提出。',
      'routeArbitration',
      '这一句应在{受理机关}之后写明提出什么（须含“仲裁”）',
    ],
    [
      'a route without the body',
      'rejectionNotice',
      '{人称}可以依法提起诉讼。',
      'routeLitigation',
      '缺少占位符{受理机关}',
    ],
    [
      'a route on two lines',
      'rejectionNotice',
      '{人称}可以依法\n向{受理机关}申请行政复议。',
      'routeAdministrativeReview',
      '只能有一行',
    ],
    [
      'a list placeholder inside a sentence',
      'handlingOpinion',
      '{信访请求}\n{查明事实}\n依据：{处理依据}\n{逐项处理意见}\n{复查机关}',
      'body',
      '第3行：占位符{处理依据}应单独占一行',
    ],
    ['an unmatched brace', 'extensionNotice', '{延期理由}{批准人}\n至{新办结期限', 'body', '第2行：花括号不成对'],
    [
      'full-width braces',
      'extensionNotice',
      '{延期理由}{批准人}{新办结期限}\n｛信访人｝',
      'body',
      '第2行：占位符｛信访人｝应改用半角花括号{信访人}',
    ],
    ['a title on two lines', 'acceptanceNotice', '受理\n告知书', 'title', '标题只能有一行'],
    [
      'a placeholder in the title',
      'acceptanceNotice',
      '{信访人}受理告知书',
      'title',
      '此处不能使用占位符{信访人}（可用：无）',
    ],
    [
      'a claim line broken in two',
      'handlingOpinion',
      '{序号}. {诉求}\n{处理结果}{处理意见}',
      'claim',
      '每项请求的处理意见只能有一行',
    ],
    ['a feedback requirement without its date', 'assignmentSheet', '请按时反馈。', 'feedback', '缺少占位符{办理期限}'],
  ])('%s', (_, kind, text, part, message) => {
    expect(validateTemplate(kind, text, part).join('\n')).toContain(message);
  });

  it('does not offer 人称 (你/你们) on sheets addressed to a unit', () => {
    expect(validateTemplate('assignmentSheet', '请{人称}办理', 'body')).toEqual([
      expect.stringContaining('此处不能使用占位符{人称}'),
    ]);
  });

  it('names the part in each message when a whole template is checked', () => {
    const template = { ...DEFAULT_LETTER_TEMPLATES.supervisionSheet, feedback: '请尽快反馈。' };
    expect(validateLetterTemplate('supervisionSheet', template)).toEqual([
      '反馈要求：缺少占位符{反馈期限}（承办单位反馈的期限）',
    ]);
    expect(validateLetterTemplate('supervisionSheet', DEFAULT_LETTER_TEMPLATES.supervisionSheet)).toEqual([]);
  });
});
