import { Alert, Button, Flex, InputNumber, Table, Typography } from 'antd';
import { useState } from 'react';
import { arrivalLimitProblem } from '../../domain/emergency/rules';
import {
  DEFAULT_ARRIVAL_LIMITS,
  EMERGENCY_LOCATIONS,
  type ArrivalLimits,
  type EmergencyLocation,
} from '../../domain/risk/emergency';
import { useReferenceData } from '../../services/ReferenceData';
import { useSettingsSave } from './useSettingsSave';

/** Limits as typed; null while a field is emptied. */
type Drafts = Record<EmergencyLocation, number | null>;

/**
 * 突发事件到场时限 (docs/domain.md §10): hours from the report of an emergency to the leaders' arrival, per location
 * class; seed 004's by default. A change applies to emergencies registered afterwards: each keeps the limit it was
 * registered under.
 */
export function ArrivalLimitsForm() {
  const { settings } = useReferenceData();
  const { saving, error, save, refuse } = useSettingsSave();
  const [drafts, setDrafts] = useState<Drafts>(() => ({ ...settings.arrivalLimits }));
  const problemOf = (location: EmergencyLocation) => arrivalLimitProblem(location, drafts[location] ?? Number.NaN);
  const submit = () => {
    const problems = EMERGENCY_LOCATIONS.flatMap((l) => problemOf(l) ?? []);
    if (problems.length > 0) return refuse(problems);
    void save({ arrivalLimits: drafts as ArrivalLimits }, '到场时限已保存');
  };
  return (
    <Flex vertical gap={12}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        突发信访事件接报后，领导须在时限内赶到现场。修改只影响此后登记的突发事件，已登记的事件按登记时的时限判断是否按时到场。
      </Typography.Paragraph>
      <Table<{ location: EmergencyLocation }>
        size="small"
        rowKey="location"
        pagination={false}
        dataSource={EMERGENCY_LOCATIONS.map((location) => ({ location }))}
        columns={[
          { title: '地点类别', dataIndex: 'location', width: 140 },
          {
            title: '到场时限（小时）',
            key: 'hours',
            render: (_, { location }) => {
              const problem = problemOf(location);
              return (
                <Flex vertical gap={4}>
                  <InputNumber
                    aria-label={`${location}到场时限`}
                    value={drafts[location]}
                    status={problem ? 'error' : undefined}
                    style={{ width: 90 }}
                    onChange={(value) => setDrafts((current) => ({ ...current, [location]: value }))}
                  />
                  {problem ? (
                    <Typography.Text type="danger" role="alert">
                      {problem}
                    </Typography.Text>
                  ) : (
                    <Typography.Text type="secondary">默认：{DEFAULT_ARRIVAL_LIMITS[location]}小时</Typography.Text>
                  )}
                </Flex>
              );
            },
          },
        ]}
      />
      {error && <Alert type="error" showIcon title={`保存失败：${error}`} />}
      <Flex gap={8}>
        <Button type="primary" loading={saving} onClick={submit}>
          保存到场时限
        </Button>
        <Button onClick={() => setDrafts({ ...DEFAULT_ARRIVAL_LIMITS })}>恢复默认时限</Button>
      </Flex>
    </Flex>
  );
}
