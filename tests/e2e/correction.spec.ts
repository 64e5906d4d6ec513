import { expect, test } from './fixtures';
import { BACKUP_PASSWORD, BackupPage } from './pages/backup.page';
import { BoardPage } from './pages/board.page';
import { CorrectionPage } from './pages/correction.page';
import { DashboardPage } from './pages/dashboard.page';
import { LedgerPage } from './pages/ledger.page';
import { ReportPage } from './pages/report.page';
import { LI_XIULAN, ZHANG_WAGES } from './pages/register.page';

const SHOTS = 'test-results/correction-screens';

test.describe('修改登记、作废、关联事项', () => {
  // Three registrations and four screens each way: longer than one journey's default on the shared machine.
  test.setTimeout(300_000);

  test('a clerk corrects a wrong category and headcount, links the call to the collective visit, and voids a double entry', async ({
    app,
    clock,
    register,
    detail,
  }) => {
    await clock.set('2026-05-12T09:30');
    await app.reload();
    const [call, group, twice] = await register.registerEach([
      { ...ZHANG_WAGES, channel: '来电' },
      { ...ZHANG_WAGES, headcount: 12, summary: '综采一队12名职工反映三月至五月工资未发放' },
      { ...ZHANG_WAGES, channel: '来电' },
    ]);
    if (!call || !group || !twice) throw new Error('three registrations expected');
    // The case pages at a 1366×768 office screen.
    await app.page.setViewportSize({ width: 1366, height: 768 });
    const page = new CorrectionPage(app.page);
    const ledger = new LedgerPage(app.page);

    await ledger.goTo('信访台账');
    await expect(ledger.total).toHaveText(/^共 3 件/, { timeout: 30_000 });
    await ledger.openPetition(call);
    await detail.expectShowing(call);
    await page.openCorrection();
    await page.page.screenshot({ path: `${SHOTS}/1-correction-dialog.png` });
    await page.chooseCascaderPath(page.dialogField('问题类别'), ['劳动关系', '岗位调整']);
    await page.dialogField('主要诉求').fill('补发拖欠工资并说明原因');
    // The reason is required: saving without it is refused beside the field.
    await page.dialog.getByRole('button', { name: '保存修改' }).click();
    await expect(page.dialog).toContainText('请填写修改原因');
    await page.saveCorrection('问题类别登记有误');
    await expect(detail.info('问题类别')).toHaveText('劳动关系 / 岗位调整');
    await expect(detail.info('主要诉求')).toHaveText('补发拖欠工资并说明原因');
    const corrected = detail.timeline.filter({ hasText: '修改登记' });
    await expect(corrected).toContainText('问题类别：由「工资福利 / 拖欠工资」改为「劳动关系 / 岗位调整」');
    await expect(corrected).toContainText('修改原因：问题类别登记有误');
    await expect(corrected).not.toContainText('categoryId');

    await page.linkTo(group);
    await page.page.screenshot({ path: `${SHOTS}/2-linked.png`, fullPage: true });
    await page.linked.getByRole('link', { name: group }).click();
    await detail.expectShowing(group);
    await expect(page.linked).toContainText(call);

    await ledger.goTo('信访台账');
    await ledger.openPetition(twice);
    await page.voidWith('同一来电重复登记');
    await expect(detail.status).toHaveText('已作废');
    await expect(page.page.getByTestId('voided-notice')).toContainText('同一来电重复登记');
    await expect(page.button('修改登记')).toHaveCount(0);
    await page.page.screenshot({ path: `${SHOTS}/3-voided.png` });

    await ledger.goTo('信访台账');
    await ledger.expectLoaded(3);
    await expect(ledger.row(twice)).toContainText('已作废');
    await page.page.screenshot({ path: `${SHOTS}/4-ledger.png` });

    // The number stays taken: the next registration gets the one after it.
    await app.page.setViewportSize({ width: 1920, height: 1080 });
    await register.goTo('信访登记');
    expect(await register.register(ZHANG_WAGES)).toBe('2026-0004');
  });

  test('after a correction, a 作废 and a restore, the ledger, the 督办台, the dashboard and the report agree', async ({
    app,
    clock,
    register,
    detail,
  }, testInfo) => {
    // A backup is set up, exported and opened (the key stretched three times) on top of the three views each way.
    test.setTimeout(480_000);
    await clock.set('2026-05-12T09:30');
    await app.reload();
    const [zhang, li, mistake] = await register.registerEach([
      ZHANG_WAGES,
      {
        ...ZHANG_WAGES,
        petitioners: [{ name: LI_XIULAN.name, phone: LI_XIULAN.phone }],
        category: ['住房与三供一业', '供热'],
        summary: '供暖费补贴未发放',
      },
      { ...ZHANG_WAGES, summary: '误登的一件' },
    ]);
    if (!zhang || !li || !mistake) throw new Error('three registrations expected');
    await app.page.setViewportSize({ width: 1366, height: 768 });
    const page = new CorrectionPage(app.page);
    const ledger = new LedgerPage(app.page);
    const board = new BoardPage(app.page);
    const dashboard = new DashboardPage(app.page);

    /** Opens each view and checks it counts `pieces` 件 of `persons` 人次 (the ledger lists `listed` numbers). */
    const expectConsistent = async (listed: number, pieces: number, persons: number) => {
      await ledger.goTo('信访台账');
      await expect(ledger.total).toHaveText(new RegExp(`^共 ${listed} 件`), { timeout: 30_000 });
      await expect(ledger.rows.filter({ hasNotText: '已作废' })).toHaveCount(pieces);
      await board.goTo('督办台');
      await expect(board.total).toHaveText(`在办 ${pieces} 件（截至 2026-05-12）`);
      await dashboard.goTo('统计分析');
      await expect(dashboard.headline('pieces')).toHaveText(/^\d+$/, { timeout: 30_000 });
      await expect(dashboard.headline('pieces')).toHaveText(String(pieces));
      await expect(dashboard.headline('persons')).toHaveText(String(persons));
      await app.goTo('季度报告');
      const report = new ReportPage(app.page);
      await report.chooseQuarter(2026, '第二季度');
      await expect(report.section('basic').locator('textarea').first()).toHaveValue(
        new RegExp(`^本季度共接处访${pieces}批次${persons}人次，`),
      );
    };
    await expectConsistent(3, 3, 3);

    // Correction: 李秀兰 came with two others.
    await ledger.goTo('信访台账');
    await ledger.openPetition(li);
    await page.openCorrection();
    await page.dialogField('人数').fill('3');
    await page.saveCorrection('同行3人漏登');
    await expect(detail.info('人数')).toHaveText('3');
    await expectConsistent(3, 3, 5);

    // A backup of the desk as it stands now, before the 作废.
    const backup = new BackupPage(app.page);
    await backup.openTab();
    await backup.setBackupPassword();
    const file = testInfo.outputPath('before-void.xfbak');
    await (await backup.exportBackup()).saveAs(file);

    // 作废 of the mistaken entry.
    await ledger.goTo('信访台账');
    await ledger.openPetition(mistake);
    await page.voidWith('误登');
    await expect(detail.status).toHaveText('已作废');
    await expectConsistent(3, 2, 4);

    // Restoring the backup brings the mistaken entry back as it was, in every view at once.
    await backup.openTab();
    await backup.chooseFile(file);
    await backup.openWithPassword(BACKUP_PASSWORD);
    await backup.confirmRestore();
    await expectConsistent(3, 3, 5);
  });
});
