import { Button, Col, DatePicker, Row, Select } from 'antd';
import dayjs from 'dayjs';
import type { AuditActorOption, AuditFilter } from '../../db/audit/listAudit';
import { ROLE_LABELS } from '../../domain/access/roles';
import { AUDIT_ENTITY_LABELS } from '../../domain/audit/entities';
import { AUDIT_ACTIONS, type AuditAction } from '../../domain/audit/record';
import { DATE_FORMAT } from '../../domain/dates';

const ACTION_OPTIONS = (Object.keys(AUDIT_ACTIONS) as AuditAction[]).map((a) => ({
  value: a,
  label: AUDIT_ACTIONS[a],
}));
const ENTITY_OPTIONS = Object.entries(AUDIT_ENTITY_LABELS).map(([value, label]) => ({ value, label }));

/** 审计日志 filters: a range of days, 操作人, 操作 and 对象. */
export function AuditFilters(props: {
  filter: AuditFilter;
  actors: readonly AuditActorOption[];
  onChange(filter: AuditFilter): void;
}) {
  const { filter, onChange } = props;
  const change = (patch: Partial<AuditFilter>) => onChange({ ...filter, ...patch });
  const actorOptions = props.actors.map((a) => ({
    value: a.id,
    label: `${a.displayName}（${a.username}，${ROLE_LABELS[a.role]}）`,
  }));
  const shared = { allowClear: true, style: { width: '100%' }, showSearch: { optionFilterProp: 'label' } };
  return (
    <div role="search" aria-label="审计日志筛选">
      <Row gutter={[12, 12]}>
        <Col span={8}>
          <DatePicker.RangePicker
            aria-label="时间"
            placeholder={['时间起', '时间止']}
            style={{ width: '100%' }}
            value={filter.from && filter.to ? [dayjs(filter.from), dayjs(filter.to)] : null}
            onChange={(range) => {
              const [from, to] = range ?? [];
              change({ from: from ? from.format(DATE_FORMAT) : null, to: to ? to.format(DATE_FORMAT) : null });
            }}
          />
        </Col>
        <Col span={5}>
          <Select
            {...shared}
            aria-label="操作人"
            placeholder="操作人"
            options={actorOptions}
            value={filter.actorId ?? null}
            onChange={(v) => change({ actorId: v ?? null })}
          />
        </Col>
        <Col span={4}>
          <Select
            {...shared}
            aria-label="操作"
            placeholder="操作"
            options={ACTION_OPTIONS}
            value={filter.action ?? null}
            onChange={(v) => change({ action: v ?? null })}
          />
        </Col>
        <Col span={4}>
          <Select
            {...shared}
            aria-label="对象"
            placeholder="对象"
            options={ENTITY_OPTIONS}
            value={filter.entity ?? null}
            onChange={(v) => change({ entity: v ?? null })}
          />
        </Col>
        <Col span={3}>
          <Button block onClick={() => onChange({})}>
            清除筛选
          </Button>
        </Col>
      </Row>
    </div>
  );
}
