import { CHANNEL_OPTIONS } from '../../ui/channelOptions';
import { SearchOutlined } from '@ant-design/icons';
import { Button, Col, DatePicker, Input, Row, Select, TreeSelect, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { useReferenceData } from '../../services/ReferenceData';
import { DATE_FORMAT } from '../../domain/dates';
import type { LedgerFlag } from '../../domain/ledgerQuery';
import { FLAG_LABELS, NATURES, PETITION_STATUSES, type PetitionStatus } from '../../domain/types';
import { SELECT_SEARCH, TREE_SEARCH } from '../../ui/selectSearch';
import { toTreeOptions } from '../../ui/tree';
import { EMPTY_LEDGER_VIEW, isFiltered, type LedgerView } from '../../services/ledgerView';

const NATURE_OPTIONS = NATURES.map((n) => ({ value: n, label: n }));
const STATUS_OPTIONS = (Object.keys(PETITION_STATUSES) as PetitionStatus[]).map((s) => ({
  value: s,
  label: PETITION_STATUSES[s],
}));
const FLAG_OPTIONS: { value: LedgerFlag; label: string }[] = [
  ...(Object.keys(FLAG_LABELS) as (keyof typeof FLAG_LABELS)[]).map((f) => ({ value: f, label: FLAG_LABELS[f] })),
  { value: 'repeat', label: '重复访' },
];

interface LedgerFiltersProps {
  view: LedgerView;
  /** Any filter change goes back to page 1. */
  onChange(patch: Partial<LedgerView>): void;
}

/** The ledger's one search box and its filters (period, channel, category, nature, unit, status, flags). */
export function LedgerFilters({ view, onChange }: LedgerFiltersProps) {
  const { categories, units } = useReferenceData();
  const categoryOptions = useMemo(() => toTreeOptions(categories), [categories]);
  const unitOptions = useMemo(() => toTreeOptions(units), [units]);
  const change = (patch: Partial<LedgerView>) => onChange({ ...patch, page: 1 });
  const shared = { allowClear: true, maxTagCount: 'responsive' as const, style: { width: '100%' } };
  // Typed text is matched against the Chinese label the clerk sees (or its pinyin), not the stored value ('repeat').
  const multi = { ...shared, mode: 'multiple' as const, showSearch: SELECT_SEARCH };

  return (
    <div role="search" aria-label="台账筛选">
      <Row gutter={[12, 12]}>
        <Col span={10}>
          <Input
            aria-label="搜索台账"
            placeholder="姓名 / 拼音 / 编号 / 电话 / 内容 / 来文文号"
            prefix={<SearchOutlined />}
            allowClear
            value={view.text}
            onChange={(e) => change({ text: e.target.value })}
          />
        </Col>
        <Col span={8}>
          <DatePicker.RangePicker
            aria-label="登记时间"
            placeholder={['登记时间起', '登记时间止']}
            style={{ width: '100%' }}
            value={view.period ? [dayjs(view.period[0]), dayjs(view.period[1])] : null}
            onChange={(range) => {
              const [from, to] = range ?? [];
              change({ period: from && to ? [from.format(DATE_FORMAT), to.format(DATE_FORMAT)] : null });
            }}
          />
        </Col>
        <Col span={6}>
          <Button
            disabled={!isFiltered(view)}
            onClick={() => change({ ...EMPTY_LEDGER_VIEW, sort: view.sort, pageSize: view.pageSize })}
          >
            重置筛选
          </Button>
        </Col>
        <Col span={4}>
          <Select
            {...multi}
            aria-label="渠道"
            placeholder="渠道"
            options={CHANNEL_OPTIONS}
            value={view.channels}
            onChange={(channels) => change({ channels })}
          />
        </Col>
        <Col span={5}>
          <TreeSelect
            {...shared}
            treeCheckable
            showCheckedStrategy={TreeSelect.SHOW_PARENT}
            aria-label="问题类别"
            placeholder="问题类别"
            treeData={categoryOptions}
            showSearch={TREE_SEARCH}
            value={view.categoryIds}
            onChange={(categoryIds: string[]) => change({ categoryIds })}
            popupMatchSelectWidth={false}
          />
        </Col>
        <Col span={4}>
          <Select
            {...multi}
            aria-label="信访性质"
            placeholder="性质"
            options={NATURE_OPTIONS}
            value={view.natures}
            onChange={(natures) => change({ natures })}
          />
        </Col>
        <Col span={4}>
          <TreeSelect
            {...shared}
            multiple
            aria-label="涉及单位"
            placeholder="涉及单位"
            treeData={unitOptions}
            treeDefaultExpandAll
            showSearch={TREE_SEARCH}
            value={view.unitIds}
            onChange={(unitIds: string[]) => change({ unitIds, exactUnits: false })}
            popupMatchSelectWidth={false}
          />
        </Col>
        <Col span={3}>
          <Select
            {...multi}
            aria-label="状态"
            placeholder="状态"
            options={STATUS_OPTIONS}
            value={view.statuses}
            onChange={(statuses) => change({ statuses })}
          />
        </Col>
        <Col span={4}>
          <Select
            {...multi}
            aria-label="标记"
            placeholder="标记"
            options={FLAG_OPTIONS}
            value={view.flags}
            onChange={(flags) => change({ flags })}
          />
        </Col>
        {view.exactUnits && view.unitIds.length > 0 && (
          <Col span={24}>
            <Typography.Text type="secondary" data-testid="ledger-exact-units">
              涉及单位仅限所选单位本身，不含下级单位（来自统计分析的链接）；重新选择单位即包含下级。
            </Typography.Text>
          </Col>
        )}
      </Row>
    </div>
  );
}
