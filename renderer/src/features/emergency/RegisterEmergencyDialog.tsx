import { Col, DatePicker, Form, Input, InputNumber, Row, Select, TreeSelect, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { EMERGENCY_TEXT_LIMITS } from '../../domain/emergency/rules';
import type { EmergencyInput } from '../../domain/emergency/types';
import { EMERGENCY_LOCATIONS } from '../../domain/risk/emergency';
import type { RiskMatter } from '../../domain/risk/types';
import { now } from '../../services/clock';
import { registerEmergency } from '../../services/data/emergencies';
import { useReferenceData } from '../../services/ReferenceData';
import { TREE_SEARCH } from '../../ui/selectSearch';
import { toTreeOptions } from '../../ui/tree';
import { isAfterToday } from '../risk/dayField';
import { RiskDialog } from '../risk/RiskDialog';
import { useSubmit } from '../risk/useSubmit';
import { MOMENT_PICKER, momentOf } from './momentField';

type EmergencyValues = Omit<EmergencyInput, 'reportedAt' | 'riskMatterId'> & { reportedAt: Dayjs | null };

/**
 * 登记突发事件: when it was reported, where (the location class sets the arrival limit, from the office's settings),
 * how many, their demands and the units involved. From a screening-ledger matter (升级为突发事件) the form opens filled
 * from it, and the event stays linked to the matter.
 */
export function RegisterEmergencyDialog({
  fromMatter,
  onClose,
  onSaved,
}: {
  fromMatter: RiskMatter | null;
  onClose(): void;
  onSaved(id: string): void;
}) {
  const [form] = Form.useForm<EmergencyValues>();
  const { units, settings } = useReferenceData();
  const unitTree = useMemo(() => toTreeOptions(units), [units]);
  const { busy, error, submit } = useSubmit(
    async (v: EmergencyValues) => {
      const saved = await registerEmergency(
        {
          reportedAt: momentOf(v.reportedAt),
          location: v.location,
          place: v.place,
          headcount: v.headcount ?? 0,
          demands: v.demands,
          unitIds: v.unitIds,
          riskMatterId: fromMatter?.id ?? null,
        },
        now(),
      );
      onSaved(saved.id);
    },
    () => undefined,
  );
  return (
    <RiskDialog<EmergencyValues>
      title="登记突发事件"
      okText="登记"
      label="登记突发事件"
      width={720}
      form={form}
      initialValues={{
        reportedAt: dayjs(now()),
        location: '本市单位',
        place: '',
        headcount: fromMatter?.headcount || 1,
        demands: fromMatter?.problem ?? '',
        unitIds: fromMatter?.unitId ? [fromMatter.unitId] : [],
      }}
      busy={busy}
      error={error}
      onSubmit={(values: EmergencyValues) => void submit(values)}
      onClose={onClose}
      intro={
        fromMatter && (
          <Typography.Paragraph type="warning">由排查事项 {fromMatter.riskNo} 升级为突发事件</Typography.Paragraph>
        )
      }
    >
      <Row gutter={16}>
        <Col span={10}>
          <Form.Item label="报告时间" name="reportedAt">
            <DatePicker {...MOMENT_PICKER} disabledDate={isAfterToday} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label="地点类别" name="location">
            <Select
              options={EMERGENCY_LOCATIONS.map((l) => ({
                value: l,
                label: `${l}（${settings.arrivalLimits[l]}小时内到场）`,
              }))}
            />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item label="人数" name="headcount">
            <InputNumber style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label="具体地点" name="place">
        <Input maxLength={EMERGENCY_TEXT_LIMITS.place} placeholder="如：公司机关大门口、北京市西城区国家信访局" />
      </Form.Item>
      <Form.Item label="涉及单位" name="unitIds">
        <TreeSelect
          multiple
          treeData={unitTree}
          showSearch={TREE_SEARCH}
          treeDefaultExpandAll
          placeholder="请选择"
          popupMatchSelectWidth={false}
        />
      </Form.Item>
      <Form.Item label="诉求" name="demands">
        <Input.TextArea rows={3} maxLength={EMERGENCY_TEXT_LIMITS.demands} showCount />
      </Form.Item>
    </RiskDialog>
  );
}
