import { describe, expect, it } from 'vitest';
import { buildAcceptanceNotice } from '../../../../renderer/src/documents/letters/acceptanceNotice';
import * as example from '../../../../renderer/src/documents/letters/examples';
import { buildExtensionNotice } from '../../../../renderer/src/documents/letters/extensionNotice';
import { buildRejectionNotice } from '../../../../renderer/src/documents/letters/rejectionNotice';
import { textOf, unpack } from '../docxParts';
import { paragraphTexts } from './letterXml';

async function texts(doc: Parameters<typeof unpack>[0]): Promise<string[]> {
  return paragraphTexts((await unpack(doc)).document);
}

describe('受理告知书', () => {
  it('says when the matter came in and was accepted, with dates written 2026年5月25日', async () => {
    const [, , , opening] = await texts(buildAcceptanceNotice(example.acceptance()));
    expect(opening).toBe(
      '你于2026年5月11日反映的离退休职工供暖费补贴问题（登记编号：2026-0137）收悉。经审查，该事项属于本单位职权范围，根据《信访工作条例》第二十三条的规定，本单位已于2026年5月25日予以受理。',
    );
  });

  it('promises handling within 60 days and names the due date', async () => {
    const all = (await texts(buildAcceptanceNotice(example.acceptance()))).join('\n');
    expect(all).toContain('自受理之日起60日内办结（办理期限至2026年7月24日），并书面答复你');
  });

  it('addresses a group by its representatives and headcount, and speaks to them as 你们', async () => {
    const data = example.acceptance({ petitioners: { names: ['王建国', '李桂兰'], headcount: 6 } });
    const [, , addressee, opening] = await texts(buildAcceptanceNotice(data));
    expect(addressee).toBe('王建国、李桂兰等6人：');
    expect(opening).toMatch(/^你们于/);
  });

  it('lists at most three names before 等N人', async () => {
    const data = example.acceptance({ petitioners: { names: ['甲一', '乙二', '丙三', '丁四'], headcount: 4 } });
    expect((await texts(buildAcceptanceNotice(data)))[2]).toBe('甲一、乙二、丙三等4人：');
  });

  it('does not write 问题问题 when the matter already ends in 问题', async () => {
    const data = example.acceptance({ matter: '供暖费补贴问题。' });
    expect(textOf((await unpack(buildAcceptanceNotice(data))).document)).toContain('反映的供暖费补贴问题（登记编号');
  });

  it('cannot be written to a petitioner without a name (Art. 23)', () => {
    expect(() => buildAcceptanceNotice(example.acceptance({ petitioners: { names: [' '], headcount: 1 } }))).toThrow(
      '信访人姓名不详',
    );
  });

  it('prints the office’s own template when it has one', async () => {
    const template = { title: '受理通知', body: '{信访人}同志反映的问题已于{受理日期}受理，{办理期限}前答复。' };
    const all = await texts(buildAcceptanceNotice(example.acceptance(), template));
    expect(all).toContain('受理通知');
    expect(all).toContain('王建国同志反映的问题已于2026年5月25日受理，2026年7月24日前答复。');
  });
});

describe('不予受理告知书', () => {
  it('gives the reason and where to apply instead, without doubling the reason’s full stop', async () => {
    const all = (await texts(buildRejectionNotice(example.rejection()))).join('\n');
    expect(all).toContain(
      '经审查，该事项属于劳动争议，应当依照《中华人民共和国劳动争议调解仲裁法》通过仲裁程序解决。根据',
    );
    expect(all).toContain('本单位对该事项不予受理。');
    expect(all).not.toContain('。。');
  });

  it.each([
    ['申请仲裁', '矿区劳动人事争议仲裁委员会', '你可以依法向矿区劳动人事争议仲裁委员会申请仲裁。'],
    ['提起诉讼', '矿区人民法院', '你可以依法向矿区人民法院提起诉讼。'],
    ['申请行政复议', '市人民政府', '你可以依法向市人民政府申请行政复议。'],
    ['向纪检监察机关检举控告', '集团公司纪委', '你可以向集团公司纪委检举控告。'],
    ['依规提出申诉', '集团公司党委', '你可以依规向集团公司党委提出申诉。'],
    ['向有权处理的机关反映', '矿区住房和城乡建设局', '你可以向矿区住房和城乡建设局反映。'],
  ] as const)(
    'route %s: one whole sentence naming the body and what to file there (issue 13)',
    async (route, whereToApply, sentence) => {
      const all = await texts(buildRejectionNotice(example.rejection({ route, whereToApply })));
      expect(all).toContain(sentence);
      expect(all.join('\n')).not.toMatch(/提出。$/mu);
    },
  );

  it('speaks to a group as 你们 in the route sentence too', async () => {
    const data = example.rejection({
      route: '提起诉讼',
      whereToApply: '矿区人民法院',
      petitioners: { names: ['王建国', '李桂兰'], headcount: 6 },
    });
    expect(await texts(buildRejectionNotice(data))).toContain('你们可以依法向矿区人民法院提起诉讼。');
  });
});

describe('延期办理告知书', () => {
  it('gives the reason, the approver, the days added and the new due date (Art. 34)', async () => {
    const all = (await texts(buildExtensionNotice(example.extension()))).join('\n');
    expect(all).toContain('本单位已于2026年5月25日受理，原办理期限至2026年7月24日。');
    expect(all).toContain('因需向市热力公司和原三供一业移交工作组调取移交协议及补贴测算资料，不能在原期限内办结。');
    expect(all).toContain(
      '经矿长李振东批准，根据《信访工作条例》第三十四条的规定，办理期限延长30日，至2026年8月24日。',
    );
  });

  it('says why the new due date is a day later when the period ran out on a rest day, naming the year only when it differs', async () => {
    const rolled = (await texts(buildExtensionNotice(example.extension({ rolledFromDay: '2026-08-23' })))).join('\n');
    expect(rolled).toContain('办理期限延长30日，至2026年8月24日（8月23日为法定休假日，顺延至其后第一个工作日）。');
    const newYear = (
      await texts(
        buildExtensionNotice(
          example.extension({ originalDueDate: '2026-12-02', newDueDate: '2027-01-04', rolledFromDay: '2027-01-01' }),
        ),
      )
    ).join('\n');
    expect(newYear).toContain('至2027年1月4日（1月1日为法定休假日，顺延至其后第一个工作日）。');
    const crossing = (
      await texts(buildExtensionNotice(example.extension({ newDueDate: '2027-01-04', rolledFromDay: '2026-12-31' })))
    ).join('\n');
    expect(crossing).toContain('至2027年1月4日（2026年12月31日为法定休假日');
  });

  it.each([0, 31])('refuses an extension of %i days: the Regulation allows 1 to 30', (days) => {
    expect(() => buildExtensionNotice(example.extension({ days }))).toThrow('延期天数应为1至30日');
  });
});
