import { describe, expect, it } from 'vitest';
import { buildReceptionNotice } from '../../../../renderer/src/documents/outreach';
import { noticePeriodName, noticeSchedule } from '../../../../renderer/src/domain/outreach/receptionDay';
import { activity } from '../../domain/outreach/fixtures';
import { textOf, unpack } from '../docxParts';

describe('the notice from the scheduled reception days', () => {
  it('prints the days of the period, in day order, under the period’s name', async () => {
    const period = { from: '2026-06-01', to: '2026-06-30' };
    const days = [
      activity({ id: 'd-2', seq: 2, kind: '领导接待日', date: '2026-06-25', leader: '张书记', place: '' }),
      activity({ id: 'd-1', seq: 1, kind: '领导接待日', date: '2026-06-10', leader: '李矿长' }),
      activity({ id: 'd-3', seq: 3, kind: '领导接待日', date: '2026-07-02', leader: '王主任' }),
      activity({ id: 'v-1', seq: 4, date: '2026-06-12', leader: '赵队长' }),
    ];
    const text = textOf(
      (
        await unpack(
          buildReceptionNotice({
            period: noticePeriodName(period),
            days: noticeSchedule(days, period, () => '综采一队'),
            addressee: '各单位、各部门',
            issuer: '曹家滩矿信访办公室',
            date: '2026-05-28',
          }),
        )
      ).document,
    );
    expect(text).toContain('关于公布2026年6月领导信访接待日安排的通知');
    expect(text.indexOf('李矿长')).toBeLessThan(text.indexOf('张书记'));
    expect(text).toContain('综采一队 项目部会议室');
    expect(text).not.toContain('王主任');
    expect(text).not.toContain('赵队长');
  });
});
