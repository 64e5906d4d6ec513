import { expect, test } from './fixtures';
import { LI_XIULAN, ZHANG_SAN, type Registration } from './pages/register.page';

const VISIT: Registration = {
  officer: '王红梅',
  petitioners: [ZHANG_SAN],
  category: ['住房与三供一业', '供热'],
  nature: '求助',
  summary: '矿区家属院冬季供热温度不达标',
  demands: '请尽快维修供热管网',
};

test.describe('登记草稿', () => {
  test('what the clerk typed comes back after a reload', async ({ register }) => {
    await register.officer.fill('王红梅');
    await register.petitioner(1).fill(ZHANG_SAN);
    await register.addPetitioner();
    await register.petitioner(2).fill(LI_XIULAN);
    await register.chooseCascaderPath(register.category, ['住房与三供一业', '供热']);
    await register.nature('求助').check();
    await register.summary.fill(VISIT.summary);
    await expect(register.draftStatus).toHaveAttribute('data-state', 'saved');

    await register.reload();

    await expect(register.draftStatus).toHaveAttribute('data-state', 'restored');
    await expect(register.officer).toHaveValue('王红梅');
    await register.petitioner(1).expectValues(ZHANG_SAN);
    await register.petitioner(2).expectValues(LI_XIULAN);
    await expect(register.headcount).toHaveValue('2');
    await expect(register.selectBox(register.category)).toHaveText('住房与三供一业 / 供热');
    await expect(register.nature('求助')).toBeChecked();
    await expect(register.summary).toHaveValue(VISIT.summary);
  });

  test('a successful save clears the draft, so a reload shows an empty form', async ({ register }) => {
    await register.fill(VISIT);
    await expect(register.draftStatus).toHaveAttribute('data-state', 'saved');
    await register.save();
    await register.registeredNumber();

    await register.reload();

    await expect(register.summary).toBeVisible();
    await expect(register.draftStatus).toHaveAttribute('data-state', 'empty');
    await expect(register.petitioner(1).name).toHaveValue('');
    await expect(register.officer).toHaveValue('');
    await expect(register.summary).toHaveValue('');
    await expect(register.nature('求助')).not.toBeChecked();
  });

  test('Esc leaves for the ledger at once and the draft is there on coming back', async ({ page, register }) => {
    await register.officer.fill('王红梅');
    await register.petitioner(1).fill(ZHANG_SAN);
    // Straight after the last keystroke, before the debounced draft write: leaving must not lose it.
    await register.summary.fill(VISIT.summary);
    await register.summary.press('Escape');

    await expect(page).toHaveURL(/#\/ledger$/);
    await expect(page.getByRole('heading', { name: '信访台账' })).toBeVisible();

    await register.goTo('信访登记');
    await expect(register.draftStatus).toHaveAttribute('data-state', 'restored');
    await expect(register.officer).toHaveValue('王红梅');
    await register.petitioner(1).expectValues(ZHANG_SAN);
    await expect(register.summary).toHaveValue(VISIT.summary);
  });
});
