import { DatePicker, Segmented, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { DATE_FORMAT } from '../../domain/dates';
import {
  periodContaining,
  scopeFromKey,
  scopeKey,
  type PeriodKind,
  type StatPeriod,
  type StatScope,
} from '../../domain/statistics';
import type { scopeOptions } from '../../ui/scopeOptions';

/** The scopes offered (全公司, units, 党支部), or one fixed: a 党支部书记's own branch. */
export interface ScopeChoices {
  options: ReturnType<typeof scopeOptions>;
  fixed: boolean;
}

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

const PICKER: Record<Exclude<PeriodKind, 'custom'>, 'month' | 'quarter' | 'year'> = {
  month: 'month',
  quarter: 'quarter',
  year: 'year',
};

/** 统计期间 (月, 季度, 年, 自定义) and 统计范围 (全公司, a unit with everything under it, or a 党支部's units). */
export function DashboardControls({
  value,
  scopes,
  onChange,
}: {
  value: DashboardSelection;
  scopes: ScopeChoices;
  onChange(next: DashboardSelection): void;
}) {
  const setKind = (kind: PeriodKind) =>
    onChange({ ...value, kind, period: kind === 'custom' ? value.period : periodContaining(kind, value.period.from) });

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
            if (from && to)
              onChange({ ...value, period: { from: from.format(DATE_FORMAT), to: to.format(DATE_FORMAT) } });
          }}
        />
      ) : (
        <DatePicker
          aria-label="统计期间"
          picker={PICKER[value.kind]}
          allowClear={false}
          value={dayjs(value.period.from)}
          onChange={(day) => {
            if (day)
              onChange({
                ...value,
                period: periodContaining(value.kind as Exclude<PeriodKind, 'custom'>, day.format(DATE_FORMAT)),
              });
          }}
        />
      )}
      <Select
        aria-label="统计范围"
        style={{ minWidth: 220 }}
        showSearch={{ optionFilterProp: 'label' }}
        options={scopes.options}
        disabled={scopes.fixed}
        value={scopeKey(value.scope)}
        onChange={(key: string) => onChange({ ...value, scope: scopeFromKey(key) })}
        popupMatchSelectWidth={false}
      />
    </Space>
  );
}
