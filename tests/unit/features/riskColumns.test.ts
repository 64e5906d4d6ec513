import { createElement, Fragment, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import type { RiskListRow } from '../../../renderer/src/domain/risk/riskList';
import type { RiskActions } from '../../../renderer/src/features/risk/riskColumns';
import { riskMatter } from '../domain/risk/fixtures';

// The column's 专报 lines reach the platform API (重新导出), which reads window.api when it loads.
vi.stubGlobal('window', { api: {} });
const { riskColumns } = await import('../../../renderer/src/features/risk/riskColumns');

const none = () => undefined;
const actions = (over: Partial<RiskActions>): RiskActions => ({
  onUpdate: none,
  onClose: none,
  onSpecialReport: none,
  onConvert: none,
  onOpenPetition: none,
  onEscalate: none,
  emergencyOf: () => undefined,
  onOpenEmergency: none,
  canManage: true,
  canConvert: true,
  ...over,
});

/** The 操作 cell of a row as the table renders it. */
function actionsCell(row: RiskListRow, given: RiskActions): string {
  const column = riskColumns(given).find((c) => c.key === 'actions');
  if (!column || !('render' in column) || !column.render) throw new Error('no 操作 column');
  const cell = column.render(undefined, row, 0) as ReactNode;
  return renderToStaticMarkup(createElement(Fragment, null, cell));
}

const row = (over: Partial<RiskListRow['matter']>): RiskListRow => ({
  matter: riskMatter(over),
  unitName: '一号矿井',
  update: { lastDay: '', updatedToday: false, missedWorkingDays: 0, stale: false },
});

describe('the 排查台账 row’s 操作', () => {
  it('keeps 查看突发事件 beside 查看信访事项 once a matter that escalated is converted', () => {
    const converted = row({ status: '已转信访事项', petitionIds: ['p-1'] });
    const html = actionsCell(converted, actions({ emergencyOf: () => 'e-1' }));
    expect(html).toContain('查看信访事项');
    expect(html).toContain('查看突发事件');
    expect(actionsCell(converted, actions({}))).not.toContain('查看突发事件');
  });

  it('offers the work on a matter in 办 only to an account that manages the ledger', () => {
    const open = row({ status: '在办', level: '重大' });
    expect(actionsCell(open, actions({}))).toMatch(/更新进展[^]*转为信访事项[^]*升级为突发事件/);
    expect(actionsCell(open, actions({ canManage: false, emergencyOf: () => 'e-1' }))).not.toContain('更新进展');
  });
});
