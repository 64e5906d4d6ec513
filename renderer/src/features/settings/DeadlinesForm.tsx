import { Alert, Button, Flex, InputNumber, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { useReferenceData } from '../../services/ReferenceData';
import {
  DEADLINE_KEYS,
  DEFAULT_DEADLINE_RULES,
  deadlineOverrideError,
  UNIT_LABELS,
  type DeadlineKey,
  type DeadlineOverrides,
  type DeadlineRule,
  type DeadlineUnit,
} from '../../domain/deadlines';
import { useSettingsSave } from './useSettingsSave';

/** A period as typed; length is null while the field is emptied. */
interface PeriodDraft {
  length: number | null;
  unit: DeadlineUnit;
}
type Drafts = Record<DeadlineKey, PeriodDraft>;

const UNIT_OPTIONS = (Object.entries(UNIT_LABELS) as [DeadlineUnit, string][]).map(([value, label]) => ({
  value,
  label,
}));
const statutory = (rule: DeadlineRule) => `${rule.length}${UNIT_LABELS[rule.unit]}`;
const fromRules = (overrides: DeadlineOverrides): Drafts =>
  Object.fromEntries(
    DEADLINE_KEYS.map((key) => {
      const rule = DEFAULT_DEADLINE_RULES[key];
      return [key, { length: overrides[key]?.length ?? rule.length, unit: overrides[key]?.unit ?? rule.unit }];
    }),
  ) as Drafts;

/**
 * 办理期限: the docs/domain.md §5 table. The office may shorten its own periods or count them in working days, never beyond
 * the statute; the petitioner's periods are shown but cannot be changed.
 */
export function DeadlinesForm() {
  const { settings } = useReferenceData();
  const { saving, error, save, refuse } = useSettingsSave();
  const [drafts, setDrafts] = useState<Drafts>(() => fromRules(settings.deadlineOverrides));

  const problemOf = (key: DeadlineKey): string | null => {
    const { length, unit } = drafts[key];
    if (DEFAULT_DEADLINE_RULES[key].party === 'petitioner') return null;
    return deadlineOverrideError(key, { length: length ?? Number.NaN, unit });
  };
  const problems = DEADLINE_KEYS.flatMap((key) => problemOf(key) ?? []);
  const update = (key: DeadlineKey, change: Partial<PeriodDraft>) =>
    setDrafts((current) => ({ ...current, [key]: { ...current[key], ...change } }));

  const submit = () => {
    if (problems.length > 0) return refuse(problems);
    const overrides: DeadlineOverrides = {};
    for (const key of DEADLINE_KEYS) {
      const rule = DEFAULT_DEADLINE_RULES[key];
      const { length, unit } = drafts[key];
      // Only a period that differs from the statute is stored; the petitioner's never is.
      if (rule.party === 'office' && length !== null && (length !== rule.length || unit !== rule.unit))
        overrides[key] = { length, unit };
    }
    void save({ deadlineOverrides: overrides }, '办理期限已保存');
  };

  return (
    <Flex vertical gap={12}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        依据《信访工作条例》。本单位办理的期限可以缩短（如简易办理3个或10个工作日），不能超过法定期限；信访人的期限是其法定权利，不能修改。
      </Typography.Paragraph>
      <Table<DeadlineRule>
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={DEADLINE_KEYS.map((key) => DEFAULT_DEADLINE_RULES[key])}
        columns={[
          { title: '期限', dataIndex: 'label', width: 130 },
          {
            title: '期限长度',
            key: 'length',
            render: (_, rule) => {
              if (rule.party === 'petitioner') {
                return (
                  <Flex vertical>
                    <span>{statutory(rule)}</span>
                    <Typography.Text type="secondary">信访人的法定权利，不能修改</Typography.Text>
                  </Flex>
                );
              }
              const problem = problemOf(rule.key);
              const draft = drafts[rule.key];
              return (
                <Flex vertical gap={4}>
                  <Flex gap={8}>
                    <InputNumber
                      aria-label={`${rule.label}长度`}
                      value={draft.length}
                      status={problem ? 'error' : undefined}
                      style={{ width: 90 }}
                      onChange={(value) => update(rule.key, { length: value })}
                    />
                    <Select<DeadlineUnit>
                      aria-label={`${rule.label}单位`}
                      value={draft.unit}
                      options={UNIT_OPTIONS}
                      style={{ width: 120 }}
                      onChange={(unit) => update(rule.key, { unit })}
                    />
                  </Flex>
                  {problem ? (
                    <Typography.Text type="danger" role="alert">
                      {problem}
                    </Typography.Text>
                  ) : (
                    <Typography.Text type="secondary">法定：{statutory(rule)}</Typography.Text>
                  )}
                </Flex>
              );
            },
          },
          { title: '起算', dataIndex: 'from' },
          { title: '依据', key: 'article', render: (_, rule) => `《信访工作条例》${rule.article}` },
          {
            title: '期限属于',
            key: 'party',
            width: 90,
            render: (_, rule) => (rule.party === 'office' ? '本单位' : '信访人'),
          },
        ]}
      />
      {error && <Alert type="error" showIcon title={`保存失败：${error}`} />}
      <Flex gap={8}>
        <Button type="primary" loading={saving} onClick={submit}>
          保存办理期限
        </Button>
        <Button onClick={() => setDrafts(fromRules({}))}>恢复法定期限</Button>
        <Typography.Text type="secondary" style={{ alignSelf: 'center' }}>
          恢复后需保存才生效
        </Typography.Text>
      </Flex>
    </Flex>
  );
}
