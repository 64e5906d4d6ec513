import { DatePicker, Segmented, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { DATE_FORMAT } from '../../domain/dates';
import { partyBranches, periodContaining, unitsInTreeOrder, type PeriodKind, type StatPeriod, type StatScope } from '../../domain/statistics';
import type { Unit } from '../../domain/types';

export interface DashboardSelection {
  kind: PeriodKind;
  period: StatPeriod;
  scope: StatScope;
}

const KIND_OPTIONS: { value: PeriodKind; label: string }[] = [
  { value: 'month', label: '月' },
  { value: 'quarter', label: '季度' },
  { value: 'year', label: '年' },
  { value: 'custom', label: '自定义' },
];

const PICKER: Record<Exclude<PeriodKind, 'custom'>, 'month' | 'quarter' | 'year'> = { month: 'month', quarter: 'quarter', year: 'year' };

export function scopeKey(scope: StatScope): string {
  if (scope.kind === 'all') return 'all';
  return scope.kind === 'unitSubtree' ? `unit:${scope.unitId}` : `branch:${scope.branch}`;
}

function scopeOf(key: string): StatScope {
  if (key.startsWith('unit:')) return { kind: 'unitSubtree', unitId: key.slice(5) };
  if (key.startsWith('branch:')) return { kind: 'branch', branch: key.slice(7) };
  return { kind: 'all' };
}

function depthOf(unit: Unit, byId: ReadonlyMap<string, Unit>): number {
  let depth = 0;
  for (let parent = unit.parentId; parent !== null && depth < 20; parent = byId.get(parent)?.parentId ?? null) depth += 1;
  return depth;
}

/** 统计期间 (月, 季度, 年, 自定义) and 统计范围 (全公司, a unit with everything under it, or a 党支部's units). */
export function DashboardControls({ value, units, onChange }: { value: DashboardSelection; units: readonly Unit[]; onChange(next: DashboardSelection): void }) {
  const scopeOptions = useMemo(() => {
    const byId = new Map(units.map((u) => [u.id, u]));
    const branches = partyBranches(units);
    return [
      { value: 'all', label: '全公司' },
      {
        label: '单位（含下级）',
        title: '单位（含下级）',
        options: unitsInTreeOrder(units).map((u) => ({ value: `unit:${u.id}`, label: `${'　'.repeat(depthOf(u, byId))}${u.name}` })),
      },
      ...(branches.length > 0 ? [{ label: '党支部', title: '党支部', options: branches.map((b) => ({ value: `branch:${b}`, label: b })) }] : []),
    ];
  }, [units]);

  const setKind = (kind: PeriodKind) => onChange({ ...value, kind, period: kind === 'custom' ? value.period : periodContaining(kind, value.period.from) });

  return (
    <Space wrap size="middle" role="group" aria-label="统计条件">
      <Segmented<PeriodKind> aria-label="统计周期" options={KIND_OPTIONS} value={value.kind} onChange={setKind} />
      {value.kind === 'custom' ? (
        <DatePicker.RangePicker
          aria-label="统计期间"
          allowClear={false}
          value={[dayjs(value.period.from), dayjs(value.period.to)]}
          onChange={(range) => {
            const [from, to] = range ?? [];
            if (from && to) onChange({ ...value, period: { from: from.format(DATE_FORMAT), to: to.format(DATE_FORMAT) } });
          }}
        />
      ) : (
        <DatePicker
          aria-label="统计期间"
          picker={PICKER[value.kind]}
          allowClear={false}
          value={dayjs(value.period.from)}
          onChange={(day) => {
            if (day) onChange({ ...value, period: periodContaining(value.kind as Exclude<PeriodKind, 'custom'>, day.format(DATE_FORMAT)) });
          }}
        />
      )}
      <Select
        aria-label="统计范围"
        style={{ minWidth: 220 }}
        showSearch={{ optionFilterProp: 'label' }}
        options={scopeOptions}
        value={scopeKey(value.scope)}
        onChange={(key: string) => onChange({ ...value, scope: scopeOf(key) })}
        popupMatchSelectWidth={false}
      />
    </Space>
  );
}
