import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { EMERGENCY_TEXT_LIMITS } from '../../domain/emergency/rules';
import { EMERGENCY_STEP_KINDS, type Emergency, type EmergencyStepKind } from '../../domain/emergency/types';
import { now } from '../../services/clock';
import { addAftercare, addEmergencyStep, closeEmergency, recordArrival } from '../../services/data/emergencies';
import { dayOf } from '../risk/dayField';
import { RiskDialog } from '../risk/RiskDialog';
import { useSubmit } from '../risk/useSubmit';
import { MOMENT_PICKER, momentOf } from './momentField';

interface DialogProps {
  emergency: Emergency;
  onClose(): void;
  onSaved(): void;
}

/** 记录到场: who reached the scene and when; the page then says 按时到场 or 迟到 N 分钟. */
export function ArrivalDialog({ emergency, onClose, onSaved }: DialogProps) {
  const [form] = Form.useForm<{ leaders: string; arrivedAt: Dayjs | null }>();
  const { busy, error, submit } = useSubmit(
    (v: { leaders: string; arrivedAt: Dayjs | null }) =>
      recordArrival(emergency.id, { leaders: v.leaders, arrivedAt: momentOf(v.arrivedAt) }, now()),
    onSaved,
  );
  return (
    <RiskDialog
      title="记录到场"
      okText="保存"
      label="记录到场"
      form={form}
      initialValues={{ leaders: '', arrivedAt: dayjs(now()) }}
      busy={busy}
      error={error}
      onSubmit={(v) => void submit(v)}
      onClose={onClose}
    >
      <Form.Item label="到场领导" name="leaders">
        <Input maxLength={EMERGENCY_TEXT_LIMITS.leaders} placeholder="如：张书记、李矿长" />
      </Form.Item>
      <Form.Item label="到场时间" name="arrivedAt">
        <DatePicker {...MOMENT_PICKER} />
      </Form.Item>
    </RiskDialog>
  );
}

interface StepValues {
  at: Dayjs | null;
  kind: EmergencyStepKind;
  text: string;
}

/** 添加处置步骤: a dated entry of the timeline (劝返, 情况报告, 通报代表, 其他). */
export function StepDialog({ emergency, onClose, onSaved }: DialogProps) {
  const [form] = Form.useForm<StepValues>();
  const { busy, error, submit } = useSubmit(
    (v: StepValues) => addEmergencyStep(emergency.id, { at: momentOf(v.at), kind: v.kind, text: v.text }, now()),
    onSaved,
  );
  return (
    <RiskDialog<StepValues>
      title="添加处置步骤"
      okText="保存"
      label="添加处置步骤"
      form={form}
      initialValues={{ at: dayjs(now()), kind: '劝返', text: '' }}
      busy={busy}
      error={error}
      onSubmit={(v) => void submit(v)}
      onClose={onClose}
    >
      <Form.Item label="步骤类型" name="kind">
        <Select options={EMERGENCY_STEP_KINDS.map((k) => ({ value: k, label: k }))} />
      </Form.Item>
      <Form.Item label="时间" name="at">
        <DatePicker {...MOMENT_PICKER} />
      </Form.Item>
      <Form.Item label="处置情况" name="text">
        <Input.TextArea rows={3} maxLength={EMERGENCY_TEXT_LIMITS.step} />
      </Form.Item>
    </RiskDialog>
  );
}

/** 添加善后措施: what is to be done, and by when. */
export function AftercareDialog({ emergency, onClose, onSaved }: DialogProps) {
  const [form] = Form.useForm<{ text: string; deadline: Dayjs | null }>();
  const { busy, error, submit } = useSubmit(
    (v: { text: string; deadline: Dayjs | null }) =>
      addAftercare(emergency.id, { text: v.text, deadline: dayOf(v.deadline) }, now()),
    onSaved,
  );
  return (
    <RiskDialog
      title="添加善后措施"
      okText="保存"
      label="添加善后措施"
      form={form}
      initialValues={{ text: '', deadline: null }}
      busy={busy}
      error={error}
      onSubmit={(v) => void submit(v)}
      onClose={onClose}
    >
      <Form.Item label="善后措施" name="text">
        <Input.TextArea rows={2} maxLength={EMERGENCY_TEXT_LIMITS.measure} />
      </Form.Item>
      <Form.Item label="完成时限" name="deadline">
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
    </RiskDialog>
  );
}

/** 结束处置: refused, with every reason, until the arrival, a step and the analysis are recorded. */
export function CloseEmergencyDialog({ emergency, onClose, onSaved }: DialogProps) {
  const [form] = Form.useForm<{ closedAt: Dayjs | null }>();
  const { busy, error, submit } = useSubmit(
    (v: { closedAt: Dayjs | null }) => closeEmergency(emergency.id, momentOf(v.closedAt), now()),
    onSaved,
  );
  return (
    <RiskDialog
      title="结束处置"
      okText="结束处置"
      label="结束处置"
      form={form}
      initialValues={{ closedAt: dayjs(now()) }}
      busy={busy}
      error={error}
      onSubmit={(v) => void submit(v)}
      onClose={onClose}
      intro="结束处置需已记录领导到场、至少一条处置步骤，并填写原因分析、损失评估和经验教训；善后措施可在结束后继续落实。"
    >
      <Form.Item label="结束时间" name="closedAt">
        <DatePicker {...MOMENT_PICKER} />
      </Form.Item>
    </RiskDialog>
  );
}
