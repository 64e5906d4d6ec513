import { expect, type Locator } from '@playwright/test';
import { idCheckChar } from '../../../renderer/src/domain/idNumber';
import { BasePage } from './base.page';

/** A 17-digit ID number stem completed with its GB 11643 check character, so the app accepts it. */
export function withCheckDigit(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error(`an ID number stem has 17 digits: ${first17}`);
  return first17 + idCheckChar(first17);
}

/** The same stem with a check character that is certainly wrong (for the validation journeys). */
export function withWrongCheckDigit(first17: string): string {
  const right = idCheckChar(first17);
  return first17 + (right === '1' ? '2' : '1');
}

/** One 信访人 as the clerk types them. */
export interface Person {
  name: string;
  idNumber?: string;
  phone?: string;
  address?: string;
}

/** What the journeys type into a registration; anything left out keeps the form's default (来访, now, 1 person). */
export interface Registration {
  /** The option as the form lists it, e.g. '来信', '上级转送/交办'. */
  channel?: string;
  headcount?: number;
  officer: string;
  petitioners: Person[];
  /** Cascader path, e.g. ['工资福利', '拖欠工资']. */
  category: readonly string[];
  /** 信访性质 radio label. */
  nature: string;
  unit?: string;
  summary: string;
  demands: string;
}

/** Example people; the ID numbers carry correct check characters (17th digit odd for men, even for women). */
export const ZHANG_SAN: Person = {
  name: '张三',
  idNumber: withCheckDigit('41060219800101123'),
  phone: '13800001111',
  address: '鹤壁市山城区红旗街1号',
};
export const LI_XIULAN: Person = {
  name: '李秀兰',
  idNumber: withCheckDigit('41060219850315224'),
  phone: '13900002222',
  address: '鹤壁市鹤山区矿工路8号',
};
export const WANG_WU: Person = {
  name: '王五',
  idNumber: withCheckDigit('41062119780720351'),
  phone: '13912345678',
};

/** 张三's wage complaint, with name and phone only: the everyday visit the journeys register. */
export const ZHANG_WAGES: Registration = {
  officer: '王红梅',
  petitioners: [{ name: ZHANG_SAN.name, phone: ZHANG_SAN.phone }],
  category: ['工资福利', '拖欠工资'],
  nature: '申诉求决',
  summary: '三月至五月工资未按时足额发放',
  demands: '补发拖欠工资',
};

/** 王五's letter about a job change (来信, three people): the second petition several journeys register. */
export const WANG_LETTER: Registration = {
  channel: '来信',
  headcount: 3,
  officer: '王红梅',
  petitioners: [{ name: WANG_WU.name, phone: WANG_WU.phone }],
  category: ['劳动关系', '岗位调整'],
  nature: '申诉求决',
  summary: '岗位调整后收入明显下降',
  demands: '恢复原岗位',
};

/** 信访登记 (#/register): the registration form and the success page that follows a save. */
export class RegisterPage extends BasePage {
  get channel(): Locator {
    return this.field('来源渠道');
  }
  get headcount(): Locator {
    return this.field('人数');
  }
  /** 接待人, or 登记人 on a letter (the label follows the channel, domain/channelWording.ts). */
  get officer(): Locator {
    return this.field(/^(接待人|登记人)$/);
  }
  /** 接待时间, or 收信日期 on a letter. */
  get receivedAt(): Locator {
    return this.field(/^(接待时间|收信日期)$/);
  }
  get category(): Locator {
    return this.field('问题类别');
  }
  get unit(): Locator {
    return this.field('涉及单位');
  }
  get summary(): Locator {
    return this.field('反映问题摘要');
  }
  get demands(): Locator {
    return this.field('主要诉求');
  }
  get attachments(): Locator {
    return this.field('附件');
  }
  get draftStatus(): Locator {
    return this.page.getByTestId('draft-status');
  }
  get savedRegNo(): Locator {
    return this.page.getByTestId('reg-no');
  }
  /** The 重复访 panel listing the earlier petitions of the people on the form. */
  get repeatPanel(): Locator {
    return this.page.getByRole('region', { name: '既往信访事项' });
  }

  /** 填入已知信息 offers of the 重复访 panel: what is on file of a recognised person that the form leaves blank. */
  get knownContacts(): Locator {
    return this.page.getByTestId('known-contacts');
  }

  /** 关联到此事项 on an offered earlier petition (a row of the 重复访 panel), then 确认关联 in the confirmation. */
  async linkTo(offered: Locator): Promise<void> {
    await offered.getByRole('button', { name: '关联到此事项' }).click();
    await this.linkConfirmation.getByRole('button', { name: '确认关联' }).click();
  }

  /** The confirmation 关联到此事项 asks for before anything is saved. */
  get linkConfirmation(): Locator {
    return this.page.locator('.ant-popover:not(.ant-popover-hidden)').filter({ hasText: '的重复访？' });
  }

  flag(label: string): Locator {
    return this.page.getByRole('checkbox', { name: label, exact: true });
  }

  nature(label: string): Locator {
    return this.page.getByRole('radio', { name: label, exact: true });
  }

  /** The fieldset '信访人 n' (1-based, as the legend reads). */
  petitioner(n: number): PetitionerGroup {
    return new PetitionerGroup(this.page.getByRole('group', { name: `信访人 ${n}`, exact: true }));
  }

  async addPetitioner(): Promise<void> {
    await this.button('添加信访人').click();
  }

  /** Types everything in `r` into the form (adding petitioner fieldsets as needed), without saving. */
  async fill(r: Registration): Promise<void> {
    if (r.channel) await this.chooseOption(this.channel, r.channel);
    await this.officer.fill(r.officer);
    for (const [index, person] of r.petitioners.entries()) {
      if (index > 0) await this.addPetitioner();
      await this.petitioner(index + 1).fill(person);
    }
    if (r.headcount !== undefined) await this.headcount.fill(String(r.headcount));
    await this.chooseCascaderPath(this.category, r.category);
    if (r.unit) await this.chooseTreeNode(this.unit, r.unit);
    await this.nature(r.nature).check();
    await this.summary.fill(r.summary);
    await this.demands.fill(r.demands);
  }

  async save(): Promise<void> {
    await this.button('保存登记').click();
  }

  /** Fills, saves, and returns the number the success page shows. */
  async register(r: Registration): Promise<string> {
    await this.fill(r);
    await this.save();
    return this.registeredNumber();
  }

  /** Registers one petition and opens its case page (查看详情), waiting until the page shows its number. */
  async registerAndOpen(r: Registration): Promise<string> {
    const regNo = await this.register(r);
    await this.button('查看详情').click();
    // The case page loads its chunk and reads the case: seconds on a loaded 2-core machine.
    await expect(this.page.getByTestId('detail-reg-no')).toHaveText(regNo, { timeout: 15_000 });
    return regNo;
  }

  /** Registers each in turn (继续登记 between them) and returns their numbers in the same order. */
  async registerEach(rs: readonly Registration[]): Promise<string[]> {
    const numbers: string[] = [];
    for (const r of rs) {
      if (numbers.length > 0) await this.continueRegistering();
      numbers.push(await this.register(r));
    }
    return numbers;
  }

  /**
   * Waits for the success page and reads its registration number. A save writes the petition, its ledger row and the
   * audit record in one transaction: over 5 s at times on CI's loaded 2-core machine (confidential.spec, fastDesk.spec).
   */
  async registeredNumber(): Promise<string> {
    await expect(this.savedRegNo).toHaveText(/^\d{4}-\d{4}$/, { timeout: 15_000 });
    return (await this.savedRegNo.innerText()).trim();
  }

  /** From the success page back to an empty form. */
  async continueRegistering(): Promise<void> {
    await this.button('继续登记').click();
    await expect(this.summary).toHaveValue('');
  }

  /** The character counter antd shows beside a text field (「12 / 50」), from the limits table (domain/textLimits.ts). */
  counterOf(control: Locator): Locator {
    const wrapper = control.locator(
      'xpath=ancestor::span[contains(concat(" ", @class, " "), " ant-input-affix-wrapper ")][1]',
    );
    return wrapper.locator('.ant-input-data-count, .ant-input-show-count-suffix');
  }

  /** The Chinese message shown beside a field: antd links it to the control as its accessible description. */
  async expectFieldError(control: Locator, message: string): Promise<void> {
    await expect(control).toHaveAttribute('aria-invalid', 'true');
    await expect(control).toHaveAccessibleDescription(message);
  }
}

/** The fields of one 信访人 fieldset; labels repeat across fieldsets, so each is found inside its group. */
export class PetitionerGroup {
  constructor(readonly group: Locator) {}

  field(label: string): Locator {
    return this.group.getByLabel(label, { exact: true });
  }
  get name(): Locator {
    return this.field('姓名');
  }
  get idNumber(): Locator {
    return this.field('身份证号');
  }
  get phone(): Locator {
    return this.field('联系电话');
  }
  get address(): Locator {
    return this.field('住址');
  }
  /** 身份 (a Select) and 所在单位 (a TreeSelect): their comboboxes. */
  get identityType(): Locator {
    return this.field('身份');
  }
  get unit(): Locator {
    return this.field('所在单位');
  }
  gender(label: '男' | '女'): Locator {
    return this.group.getByRole('radio', { name: label, exact: true });
  }

  async fill(person: Person): Promise<void> {
    await this.name.fill(person.name);
    if (person.idNumber !== undefined) await this.idNumber.fill(person.idNumber);
    if (person.phone !== undefined) await this.phone.fill(person.phone);
    if (person.address !== undefined) await this.address.fill(person.address);
  }

  /** Asserts every typed value is still there (nothing lost after a refused save or a reload). */
  async expectValues(person: Person): Promise<void> {
    await expect(this.name).toHaveValue(person.name);
    if (person.idNumber !== undefined) await expect(this.idNumber).toHaveValue(person.idNumber);
    if (person.phone !== undefined) await expect(this.phone).toHaveValue(person.phone);
    if (person.address !== undefined) await expect(this.address).toHaveValue(person.address);
  }
}
