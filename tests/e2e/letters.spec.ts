import { expect, test } from './fixtures';
import { DocumentsPage } from './pages/documents';
import { WANG_LETTER, ZHANG_WAGES } from './pages/register.page';

/** A letter issued through 出具文书: its kind as DOC_KINDS names it, the menu label and the 文号 it must take. */
interface Letter {
  kind: string;
  label: string;
  docNo: string;
}

interface IssueSteps {
  /** Writes the draft fields only the clerk knows; the letter is then previewed with 生成预览. */
  write?: (docs: DocumentsPage) => Promise<void>;
  /** Text the preview and the issued file must both carry (besides the 文号). */
  shows?: readonly string[];
}

/**
 * 出具文书 → label: the letter is previewed before 出具, then issued under its 文号, downloaded (file name and text
 * carry the number) and listed on the case as 第1版.
 */
async function issueLetter(
  docs: DocumentsPage,
  regNo: string,
  letter: Letter,
  { write, shows = [] }: IssueSteps = {},
): Promise<string> {
  await expect(docs.issueDialog).toHaveCount(0);
  await docs.openIssueDialog(letter.label);
  await expect(docs.issueDialog).toContainText(`出具${letter.label}`);
  if (write) {
    // Nothing the clerk still has to write is issued unseen: 出具 waits for 生成预览.
    await expect(docs.issueConfirm).toBeDisabled();
    await write(docs);
    await docs.refreshPreview();
  }
  await docs.waitForPreview();
  await expect(docs.issueDialog).toContainText(`预计文号 ${letter.docNo}`);
  for (const part of shows) await expect(docs.preview).toContainText(part);
  await expect(docs.issueConfirm).toBeEnabled();

  const download = await docs.confirmIssue();
  await expect(docs.issueDialog).toHaveCount(0);
  expect(download.suggestedFilename()).toBe(`${letter.label}-${regNo}-${letter.docNo}.docx`);
  const text = await DocumentsPage.documentText(download);
  expect(text).toContain(letter.docNo);
  for (const part of shows) expect(text).toContain(part);

  await expect(docs.lastEvent).toContainText(`出具${letter.label} ${letter.docNo}`);
  return expectListed(docs, letter);
}

/** The case lists the letter's first version with its kind and 文号; returns the 文号 as the list shows it. */
async function expectListed(docs: DocumentsPage, letter: Letter): Promise<string> {
  const row = docs.row(letter.kind);
  await expect(row.locator('td').nth(0)).toHaveText(letter.label);
  await expect(row.locator('td').nth(1)).toHaveText(letter.docNo);
  await expect(row.locator('td').nth(2)).toHaveText('第1版');
  return (await row.locator('td').nth(1).innerText()).trim();
}

/** Writes a field of the letter's draft and checks it holds the text. */
async function fillDraft(docs: DocumentsPage, label: string, text: string): Promise<void> {
  await docs.draftField(label).fill(text);
  await expect(docs.draftField(label)).toHaveValue(text);
}

const ACCEPTANCE: Letter = { kind: 'acceptanceNotice', label: '受理告知书', docNo: '信受〔2026〕1号' };
const ASSIGNMENT: Letter = { kind: 'assignmentSheet', label: '交办单', docNo: '信交〔2026〕1号' };
const EXTENSION: Letter = { kind: 'extensionNotice', label: '延期办理告知书', docNo: '信延〔2026〕1号' };
const SUPERVISION: Letter = { kind: 'supervisionSheet', label: '督办单', docNo: '信督〔2026〕1号' };
const HANDLING_OPINION: Letter = { kind: 'handlingOpinion', label: '信访事项处理意见书', docNo: '信复〔2026〕1号' };
const REVIEW_OPINION: Letter = { kind: 'reviewOpinion', label: '复查意见书', docNo: '信复查〔2026〕1号' };
const REJECTION: Letter = { kind: 'rejectionNotice', label: '不予受理告知书', docNo: '信不受〔2026〕1号' };

/**
 * Issue 3: every letter (受理告知书, 不予受理告知书, 延期办理告知书, 交办单, 督办单, 信访事项处理意见书, 复查意见书) is
 * generated with a unique 文号, previewed, saved and listed on its case.
 */
test('all seven letters are previewed, issued under their own 文号, saved and listed on their case', async ({
  app,
  clock,
  register,
}) => {
  // Fourteen dialogs and seven letters rendered twice each (preview and issue) on a shared 2-core machine.
  test.setTimeout(240_000);

  // Case A, a 申诉求决 from 受理 to 复查. Monday 25 May 2026.
  await clock.set('2026-05-25T09:30');
  await app.reload();
  const caseA = await register.registerAndOpen(ZHANG_WAGES);
  const docs = new DocumentsPage(app.page);
  const caseAUrl = app.page.url();
  /** The 文号 as the case's list shows each letter, in the order issued. */
  const listedOnA: string[] = [];

  await (await docs.openAction('受理')).submitExpecting('已受理');
  listedOnA.push(
    await issueLetter(docs, caseA, ACCEPTANCE, { shows: ['信访事项受理告知书', '办理期限至2026年7月24日'] }),
  );

  const assign = await docs.openAction('交办');
  await docs.chooseTreeNode(assign.field('承办单位'), '综采一队');
  await assign.chooseStaff('包案领导', '李矿长');
  await assign.chooseStaff('承办人', '赵干事');
  await assign.submitExpecting('已交办');
  listedOnA.push(await issueLetter(docs, caseA, ASSIGNMENT, { shows: ['综采一队', '李矿长'] }));

  const extend = await docs.openAction('延期');
  await extend.fillText('批准人', '刘经理');
  await extend.fillText('延期理由', '需调取三至五月工资台账核实');
  await extend.submitExpecting('已延期');
  listedOnA.push(await issueLetter(docs, caseA, EXTENSION, { shows: ['需调取三至五月工资台账核实', '2026年8月24日'] }));

  const supervise = await docs.openAction('督办');
  await supervise.radio('实地').check();
  await supervise.fillDay('督办日期', '2026-05-25');
  await supervise.fillText('督办内容', '请于五日内核清三至五月工资台账');
  await supervise.submitExpecting('已记录督办');
  listedOnA.push(
    await issueLetter(docs, caseA, SUPERVISION, { shows: ['请于五日内核清三至五月工资台账', ASSIGNMENT.docNo] }),
  );

  // 答复 handed over in person the same day: the 处理意见书 needs the facts, the basis and the 复查机关 written.
  const reply = await docs.openAction('答复');
  await reply.choose(reply.claimField(1, '处理结果'), '予以支持');
  await reply.claimField(1, '处理意见').fill('六月十日前补发');
  await expect(reply.claimField(1, '处理意见')).toHaveValue('六月十日前补发');
  await reply.fillDay('送达日期', '2026-05-25');
  await reply.submitExpecting('已答复');
  listedOnA.push(
    await issueLetter(docs, caseA, HANDLING_OPINION, {
      write: async (d) => {
        await fillDraft(d, '调查认定的事实', '经核实，综采一队三至五月绩效工资未按时发放。');
        await fillDraft(d, '处理依据', '《保障农民工工资支付条例》');
        // Art. 35: the body above this office, never the office that decided.
        await fillDraft(d, '复查机关', '某能源集团有限公司信访处');
      },
      shows: ['六月十日前补发', '综采一队三至五月绩效工资未按时发放', '向某能源集团有限公司信访处提出复查请求'],
    }),
  );

  // The petitioner asks for 复查 within 30 days; the decision comes a month later, handed over in person.
  await clock.set('2026-06-10T09:00');
  await docs.reload();
  const request = await docs.openAction('申请复查');
  await request.fillDay('收到复查请求日期', '2026-06-08');
  await request.fillText('复查请求理由', '补发金额未含五月加班费');
  await request.submitExpecting('已登记复查申请');

  await clock.set('2026-07-06T09:00');
  await docs.reload();
  const decide = await docs.openAction('复查意见');
  await decide.radio('维持').check();
  await decide.fillText('意见', '原处理意见认定事实清楚，予以维持');
  // The date is this form's only single-line field: Enter there would submit the form, so it is left with Tab.
  await decide.fillDayWithoutEnter('送达日期', '2026-07-06');
  await decide.submitExpecting('已记录复查意见');
  listedOnA.push(
    await issueLetter(docs, caseA, REVIEW_OPINION, {
      write: async (d) => {
        // The unit that decided and the letter under review come from the case; the clerk checks them.
        await expect(d.draftField('原处理单位')).toHaveValue('综采一队');
        await expect(d.draftField('原处理意见书文号')).toHaveValue(HANDLING_OPINION.docNo);
        await fillDraft(d, '复查认定的事实', '五月加班费已另行核发，补发金额无误。');
        await fillDraft(d, '复核机关', '某能源集团有限公司信访处');
      },
      shows: [
        '原处理意见认定事实清楚，予以维持',
        '补发金额未含五月加班费',
        '五月加班费已另行核发',
        '某能源集团有限公司信访处',
        HANDLING_OPINION.docNo,
      ],
    }),
  );

  // Case B: a second petition, not accepted, told where to go instead.
  await docs.goTo('信访登记');
  const caseB = await register.register(WANG_LETTER);
  await register.button('查看详情').click();
  await docs.expectShowing(caseB);
  const reject = await docs.openAction('不予受理');
  await reject.fillText('不予受理理由', '属劳动争议，应通过劳动仲裁程序解决');
  await reject.fillText('应向何处反映', '劳动人事争议仲裁委员会');
  await reject.submitExpecting('已作不予受理处理');
  const listedOnB = await issueLetter(docs, caseB, REJECTION, {
    shows: ['属劳动争议，应通过劳动仲裁程序解决', '劳动人事争议仲裁委员会'],
  });
  await expect(docs.rows).toHaveCount(1);

  // Seven numbers, one per letter, none shared: each kind counts on its own under its own 代字.
  expect(new Set([...listedOnA, listedOnB]).size).toBe(7);

  // Back on case A, reloaded so the list comes from the stored records: its six letters, and only those.
  await docs.open(caseAUrl);
  await docs.reload();
  await docs.expectShowing(caseA);
  const caseALetters = [ACCEPTANCE, ASSIGNMENT, EXTENSION, SUPERVISION, HANDLING_OPINION, REVIEW_OPINION];
  await expect(docs.rows).toHaveCount(caseALetters.length);
  expect(await Promise.all(caseALetters.map((l) => expectListed(docs, l)))).toEqual(listedOnA);
  await expect(docs.row(REJECTION.kind)).toHaveCount(0);
});
