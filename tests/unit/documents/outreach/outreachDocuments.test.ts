import { describe, expect, it } from 'vitest';
import { workbookBytes } from '../../../../renderer/src/documents/excel/sheet';
import {
  buildForumMinutes,
  buildReceptionNotice,
  buildSuggestionTable,
  buildSuggestionWorkbook,
  suggestionTableFileName,
} from '../../../../renderer/src/documents/outreach';
import {
  sampleForumMinutes,
  sampleForumSuggestions,
  sampleReceptionNotice,
  sampleSuggestionTable,
} from '../../../../renderer/src/documents/outreach/sample';
import { LANDSCAPE_TEXT_WIDTH, SIZES, toBytes } from '../../../../renderer/src/documents/gbStyle';
import type { ProblemOutcome, SuggestionRow } from '../../../../renderer/src/domain/outreach/types';
import { paragraphsWith, textOf, unpack } from '../docxParts';
import { expectWellFormedList, rowsOf, tablesOf, twipsNeeded } from '../tableChecks';
import { readBack, records, rowValues, sheet } from '../excel/xlsxParts';
import { malformedParts } from '../wellFormed';

/** No 18-digit ID number and no mobile number, masked or not, anywhere in the text. */
const IDENTITY = /\d{17}[\dXx]|1[3-9]\d(?:\d{8}|\*{4}\d{4})/;
/** The sample forum's proposers (outreach/sample.ts): a document that circulates names none of them. */
const PROPOSERS = ['马秀兰', '刘长生', '周德明', '王秀珍'];
/** The 答复情况表's columns, the same in both files (two-line headings read joined). */
const HEADERS = [
  '编号',
  '建议主题',
  '建议人',
  '责任部门',
  '落实措施',
  '完成时限',
  '办理状态',
  '答复内容',
  '答复日期',
  '反馈方式',
];
const cellsOf = (row: string) => [...row.matchAll(/<w:tc>.*?<\/w:tc>/gs)].map((m) => textOf(m[0]));

/** The suggestions as a 党支部书记 reads them (db/outreachScope.ts): no proposer, withheld where there was one. */
const asBranch = (rows: readonly SuggestionRow[]): SuggestionRow[] =>
  rows.map((s) => ({ ...s, proposer: null, proposerWithheld: s.proposer !== null }));

/** The sample forum with its third problem registered as petition p-9 on 2026-10-21 (and its second as given). */
function forumWithPetition(second?: ProblemOutcome) {
  const input = sampleForumMinutes();
  const [p1, p2, p3] = input.activity.problems;
  if (!p1 || !p2 || !p3) throw new Error('three problems expected');
  const petition: ProblemOutcome = { kind: 'petition', petitionId: 'p-9', on: '2026-10-21' };
  const problems = [p1, second ? { ...p2, outcome: second } : p2, { ...p3, outcome: petition }];
  return { input, activity: { ...input.activity, problems } };
}

describe('座谈会纪要 .docx', () => {
  it('opens with the 纪要标志 in red 35 mm down, then the office and day over a red line, and no 主送', async () => {
    const { document, footers } = await unpack(buildForumMinutes(sampleForumMinutes()));
    const text = textOf(document);
    expect(text.startsWith('选煤厂退休职工座谈会纪要一号矿井信访办公室2026年10月22日2026年10月20日，')).toBe(true);
    const mark = paragraphsWith(document, '座谈会纪要')[0] ?? '';
    expect(mark).toContain('w:before="1984"');
    expect(mark).toContain('<w:color w:val="C00000"/>');
    expect(mark).toContain('方正小标宋简体');
    const head = paragraphsWith(document, '一号矿井信访办公室')[0] ?? '';
    expect(head).toMatch(/<w:bottom w:val="single" w:color="C00000"/);
    expect(footers.default).toContain('PAGE');
  });

  it('tells the forum, its suggestions as they stood on the 纪要’s day, and what became of each problem', async () => {
    const text = textOf((await unpack(buildForumMinutes(sampleForumMinutes()))).document);
    expect(text).toContain(
      '2026年10月20日，选煤厂厂长赵国平在选煤厂办公楼三楼会议室主持召开选煤厂退休职工座谈会，征集意见建议、通报上次建议答复情况，参加座谈26人次。现将会议主要情况纪要如下：一、座谈情况',
    );
    // On 10-22 only 建〔2026〕42号 was answered (on the day); 41 and 45, answered in November, were still in hand.
    expect(text).toContain('二、征集的意见建议会上共征集意见建议5条，截至纪要印发，已答复1条，4条正在跟进落实中。');
    expect(text).toContain(
      '2.养老金资格认证（建〔2026〕42号）。建议在厂区设立养老金领取资格认证协助点。已于2026年10月20日当面答复：',
    );
    expect(text).toContain('1.医疗费报销指南（建〔2026〕41号）。');
    expect(text).toContain(
      '由选煤厂综合办公室跟进落实，编印报销指南发放到每名退休职工，设立咨询电话，完成时限2026年11月30日。',
    );
    expect(text).not.toContain('800册');
    expect(text).toContain('已于2026年10月20日纳入矛盾纠纷排查台账（排〔2026〕7号）跟踪化解。');
    expect(text).toContain('已于2026年10月20日解决：综合办公室工作人员现场演示认证操作');
    expect(text).toContain('3.选煤厂老年活动室自移交后一直关闭。正在研究处理。');
    for (const name of PROPOSERS) expect(text).not.toContain(name);
    expect(text).not.toMatch(IDENTITY);
  });

  it('ends with 出席 and 列席 in 黑体, the names hanging under the first, kept with the body’s last paragraph', async () => {
    const { document } = await unpack(buildForumMinutes(sampleForumMinutes()));
    expect(textOf(document)).toMatch(
      /正在研究处理。出席：赵国平（选煤厂厂长）、.*退休职工代表22人列席：刘文彬（矿离退休管理科科长）$/,
    );
    const present = paragraphsWith(document, '出席：')[0] ?? '';
    expect(present).toMatch(/黑体[^]*出席：/);
    expect(present).toContain('w:left="1600" w:hanging="960"');
    expect(present).toContain('<w:keepNext/>');
    expect(paragraphsWith(document, '正在研究处理。')[0]).toContain('<w:keepNext/>');
    expect(paragraphsWith(document, '列席：')[0]).not.toContain('<w:keepNext/>');
  });

  it('names the proposer in no text, and prints no phone typed into one; 出席 is the leader and group by default', async () => {
    const input = sampleForumMinutes();
    const suggestions = input.suggestions.map((s) =>
      s.seq === 43 ? { ...s, text: `刘长生提出，建议每年组织一次退休职工健康体检，联系电话13903521865` } : s,
    );
    const text = textOf(
      (await unpack(buildForumMinutes({ ...input, suggestions, attendance: undefined, meetingName: undefined })))
        .document,
    );
    expect(text.startsWith('选煤厂座谈会纪要')).toBe(true);
    expect(text).toContain('刘某提出，建议每年组织一次退休职工健康体检。');
    expect(text).not.toMatch(IDENTITY);
    expect(text).toMatch(
      /出席：选煤厂厂长赵国平，选煤厂综合办公室、矿信访办公室、矿工会有关负责同志，退休职工代表22人$/,
    );
  });

  it('tells a problem become a petition by its 登记编号, and one settled after the 纪要’s day as still in hand', async () => {
    const { input, activity } = forumWithPetition({ kind: 'closed', note: '已解决', on: '2026-10-30' });
    const suggestions = input.suggestions.map((s) =>
      s.seq === 43 ? { ...s, followUpOn: null, status: '未答复' as const } : s,
    );
    const text = textOf(
      (
        await unpack(
          buildForumMinutes({
            ...input,
            activity,
            suggestions,
            petitionNo: (id) => (id === 'p-9' ? '2026-0188' : undefined),
          }),
        )
      ).document,
    );
    expect(text).toContain('2.部分高龄退休职工不会使用手机办理养老金领取资格认证。正在研究处理。');
    expect(text).toContain(
      '3.选煤厂老年活动室自移交后一直关闭。已于2026年10月21日转为信访事项（登记编号2026-0188）办理。',
    );
    expect(text).toContain('已答复1条，3条正在跟进落实中，1条尚未答复。');
    expect(text).toContain('建议每年组织一次退休职工健康体检。尚未答复，责任部门矿工会，完成时限2026年12月31日。');
  });
});

describe('座谈会纪要 and a confidential petition', () => {
  it('does not print the problem a 保密 or 检举控告 petition was registered from, only that it became one', async () => {
    const { input, activity } = forumWithPetition();
    const text = textOf(
      (
        await unpack(
          buildForumMinutes({
            ...input,
            activity,
            petitionNo: (id) => (id === 'p-9' ? '2026-0188' : undefined),
            confidentialPetition: (id) => id === 'p-9',
          }),
        )
      ).document,
    );
    expect(text).not.toContain('自移交后一直关闭');
    expect(text).not.toContain('2026-0188');
    expect(text).toContain('3.反映的一项问题已于2026年10月21日转为信访事项办理。');
  });
});

describe('征集建议答复情况表 .docx', () => {
  it('is a landscape page with seed 000’s sentence over the table, each suggestion as it stood on the table’s day', async () => {
    const { document, footers } = await unpack(buildSuggestionTable(sampleSuggestionTable()));
    expect(document).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    // The portrait text block turned a quarter: the binding edge's 28 mm at the top, 37 mm and 35 mm at the sides.
    expect(document).toMatch(/<w:pgMar w:top="1587" w:right="2098" w:bottom="1474" w:left="1984"/);
    const text = textOf(document);
    expect(text).toContain(
      '选煤厂退休职工座谈会征集建议答复情况表累计召开座谈会1次，征集建议5条，已向职工反馈答复3条，2条正在跟进落实中。',
    );
    const [table] = tablesOf(document);
    if (!table) throw new Error('no table');
    const rows = rowsOf(table).map(cellsOf);
    expect(rows[0]).toEqual(HEADERS);
    expect(rows.map((r) => r.slice(0, 3))).toEqual([
      ['编号', '建议主题', '建议人'],
      ['建〔2026〕41号', '医疗费报销指南', '马某'],
      ['建〔2026〕42号', '养老金资格认证', '匿名'],
      ['建〔2026〕43号', '退休职工健康体检', '刘某'],
      ['建〔2026〕44号', '老年活动室', '周某'],
      ['建〔2026〕45号', '困难退休职工供暖费', '王某'],
    ]);
    expect(rows[1]?.slice(5)).toEqual([
      '2026-11-30',
      '已答复',
      expect.stringContaining('800册'),
      '2026-11-18',
      '书面答复',
    ]);
    expect(rows[2]?.slice(3, 6)).toEqual(['选煤厂综合办公室', '—', '—']);
    // Past its deadline of 11-15 and not answered on 11-20.
    expect(rows[4]?.slice(5)).toEqual(['2026-11-15', '跟进中已超期', '—', '—', '—']);
    expect(text).toMatch(/制表单位：一号矿井信访办公室\u3000\u3000制表日期：2026年11月20日$/);
    // Heading repeated on each page, no row split, and no number, day or name broken inside its cell; the two-line
    // headings (办理\n状态) are checked by their lines, which expectWellFormedList would join.
    const [header, ...body] = rowsOf(table);
    expect(header).toContain('<w:tblHeader/>');
    for (const row of [header, ...body]) expect(row).toContain('<w:cantSplit/>');
    const widths = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(widths.reduce((a, b) => a + b, 0)).toBe(LANDSCAPE_TEXT_WIDTH);
    const linesOf = (cell: string) =>
      [...cell.matchAll(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/gs)].map((m) => textOf(m[0]));
    for (const row of [header, ...body]) {
      const cells = [...(row ?? '').matchAll(/<w:tc>.*?<\/w:tc>/gs)].map((m) => m[0]);
      for (const column of [0, 2, 5, 6, 8, 9])
        for (const line of linesOf(cells[column] ?? ''))
          expect(widths[column], `column ${column} 「${line}」`).toBeGreaterThanOrEqual(twipsNeeded(line, SIZES.wuhao));
    }
    for (const name of PROPOSERS) expect(text).not.toContain(name);
    expect(text).not.toMatch(IDENTITY);
    expect(footers.default).toContain('PAGE');
  });

  it('reads each status as of its day: on 10-22 one answered, four in progress, none overdue', async () => {
    const text = textOf(
      (await unpack(buildSuggestionTable({ ...sampleSuggestionTable(), date: '2026-10-22' }))).document,
    );
    expect(text).toContain('累计召开座谈会1次，征集建议5条，已向职工反馈答复1条，4条正在跟进落实中。');
    expect(text).not.toContain('已超期');
    expect(text).not.toContain('800册');
  });

  it('has no 建议人 column for a 党支部, which may not read who proposed', async () => {
    const input = { ...sampleSuggestionTable(), suggestions: asBranch(sampleForumSuggestions()) };
    const [table] = tablesOf((await unpack(buildSuggestionTable(input))).document);
    const header = cellsOf(rowsOf(table ?? '')[0] ?? '');
    expect(header).not.toContain('建议人');
    expect(header).toHaveLength(9);
  });
});

describe('征集建议答复情况表 .xlsx', () => {
  it('reads back with the sentence, the .docx’s columns, and days as dates', async () => {
    const input = sampleSuggestionTable();
    const workbook = await readBack(await workbookBytes(await buildSuggestionWorkbook(input)));
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['说明', '答复情况']);
    expect(rowValues(sheet(workbook, '说明'), 3)).toEqual([
      '汇总',
      '累计召开座谈会1次，征集建议5条，已向职工反馈答复3条，2条正在跟进落实中。',
    ]);
    const lines = records(sheet(workbook, '答复情况'));
    expect(Object.keys(lines[0] ?? {})).toEqual(HEADERS);
    expect(lines.map((l) => l['建议人'])).toEqual(['马某', '匿名', '刘某', '周某', '王某']);
    expect(lines[0]?.['完成时限']).toEqual(new Date(Date.UTC(2026, 10, 30)));
    expect(lines[3]?.['办理状态']).toBe('跟进中（已超期）');
    expect(lines[1]?.['完成时限']).toBe('—');
    expect(suggestionTableFileName(input, 'xlsx')).toBe('选煤厂退休职工座谈会征集建议答复情况表.xlsx');
  });

  it('prints a proposer whose name has no Chinese surname as 某, never as 匿名', async () => {
    const suggestions = sampleForumSuggestions().map((s) =>
      s.seq === 43 ? { ...s, proposer: { name: 'Li Ming', phone: '' } } : s,
    );
    const workbook = await readBack(
      await workbookBytes(await buildSuggestionWorkbook({ ...sampleSuggestionTable(), suggestions })),
    );
    expect(records(sheet(workbook, '答复情况')).map((l) => l['建议人'])).toEqual([
      '马某',
      '匿名',
      '某',
      '周某',
      '王某',
    ]);
  });

  it('has no 建议人 column for a 党支部', async () => {
    const input = { ...sampleSuggestionTable(), suggestions: asBranch(sampleForumSuggestions()) };
    const workbook = await readBack(await workbookBytes(await buildSuggestionWorkbook(input)));
    expect(rowValues(sheet(workbook, '答复情况'), 1)).not.toContain('建议人');
  });
});

describe('领导信访接待日 notice .docx', () => {
  it('is a 通知 in the office’s voice: title, 主送, the schedule by day with its weekday, hours, requirements, signature', async () => {
    const input = sampleReceptionNotice();
    const shuffled = { ...input, days: [...input.days].reverse() };
    const { document, footers } = await unpack(buildReceptionNotice(shuffled));
    const text = textOf(document);
    expect(
      text.startsWith('关于公布2026年第四季度领导信访接待日安排的通知各区队、各科室，选煤厂、机电安装项目部：'),
    ).toBe(true);
    expect(text).toContain('现将2026年第四季度领导信访接待日安排通知如下：一、接待安排');
    const [table] = tablesOf(document);
    if (!table) throw new Error('no table');
    const rows = rowsOf(table).map(cellsOf);
    expect(rows.slice(0, 4)).toEqual([
      ['序号', '接待日期', '星期', '接待领导', '接待地点'],
      ['1', '2026年10月15日', '星期四', '矿长李振东', '矿信访接待室'],
      ['2', '2026年10月29日', '星期四', '副矿长刘海峰', '矿信访接待室'],
      ['3', '2026年11月12日', '星期四', '选煤厂厂长赵国平', '选煤厂接待室'],
    ]);
    expectWellFormedList(table, SIZES.xiaosi, [1, 2, 3]);
    expect(text).toContain('二、接待时间各接待日上午8:30—11:30，下午14:30—17:30。三、有关要求（一）');
    expect(text).toMatch(/（四）[^（]*告知信访办公室。一号矿井信访办公室2026年9月28日$/);
    expect(footers.default).toContain('PAGE');
  });

  it('leaves out the hours when none are kept, prints a 文号 when given, and refuses an empty schedule', async () => {
    const input = { ...sampleReceptionNotice(), hours: '', docNo: '曹矿信通〔2026〕3号', requirements: ['按时接待'] };
    const text = textOf((await unpack(buildReceptionNotice(input))).document);
    expect(text.startsWith('曹矿信通〔2026〕3号关于公布')).toBe(true);
    expect(text).not.toContain('接待时间');
    expect(text).toContain('二、有关要求（一）按时接待。');
    expect(() => buildReceptionNotice({ ...input, days: [] })).toThrow('请至少安排一个领导接待日');
  });
});

describe('characters XML cannot carry', () => {
  const NOT_XML = '\uFFFE\u0001\uD800';

  it('are stripped from every typed text of the three documents and the workbook', async () => {
    const minutes = sampleForumMinutes();
    const dirtySuggestions = minutes.suggestions.map((s) => ({
      ...s,
      topic: `${s.topic}${NOT_XML}`,
      text: `${s.text}${NOT_XML}`,
      answer: `${s.answer}${NOT_XML}`,
      department: `${s.department}${NOT_XML}`,
    }));
    const activity = { ...minutes.activity, notes: `${minutes.activity.notes}${NOT_XML}`, place: `会议室${NOT_XML}` };
    const notice = sampleReceptionNotice();
    const table = { ...sampleSuggestionTable(), subject: `座谈会${NOT_XML}`, suggestions: dirtySuggestions };
    const built = [
      await toBytes(
        buildForumMinutes({ ...minutes, activity, suggestions: dirtySuggestions, meetingName: `座谈会${NOT_XML}` }),
      ),
      await toBytes(buildSuggestionTable(table)),
      await workbookBytes(await buildSuggestionWorkbook(table)),
      await toBytes(
        buildReceptionNotice({
          ...notice,
          addressee: `各单位${NOT_XML}`,
          days: notice.days.map((d) => ({ ...d, leader: `${d.leader}${NOT_XML}`, place: `${d.place}${NOT_XML}` })),
        }),
      ),
    ];
    for (const bytes of built) expect(await malformedParts(bytes)).toEqual({});
  });
});
