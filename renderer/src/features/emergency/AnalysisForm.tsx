import { App, Button, Form, Input, InputNumber } from 'antd';
import { EMERGENCY_TEXT_LIMITS } from '../../domain/emergency/rules';
import type { Emergency, EmergencyAnalysis } from '../../domain/emergency/types';
import { now } from '../../services/clock';
import { saveEmergencyAnalysis } from '../../services/data/emergencies';
import { FormRefusal } from '../../ui/FormRefusal';
import { useSubmit } from '../risk/useSubmit';

type AnalysisValues = Omit<EmergencyAnalysis, 'reserveFundYuan'> & { reserveFundYuan: number | null };

/** 原因分析, 损失评估, 经验教训 and the 备用金 spent, written as the 处置 goes on (the drawer shows them read-only once it ended). */
export function AnalysisForm({ emergency, onSaved }: { emergency: Emergency; onSaved(): void }) {
  const [form] = Form.useForm<AnalysisValues>();
  const { message } = App.useApp();
  const { busy, error, submit } = useSubmit(
    (v: AnalysisValues) =>
      saveEmergencyAnalysis(
        emergency.id,
        {
          causeAnalysis: v.causeAnalysis,
          lossAssessment: v.lossAssessment,
          lessons: v.lessons,
          // An emptied field means none was spent; a negative or over-precise amount is refused by the rules.
          reserveFundYuan: v.reserveFundYuan ?? 0,
        },
        now(),
      ),
    () => {
      message.success('分析已保存');
      onSaved();
    },
  );
  const text = (name: 'causeAnalysis' | 'lossAssessment' | 'lessons', label: string) => (
    <Form.Item label={label} name={name}>
      <Input.TextArea rows={3} maxLength={EMERGENCY_TEXT_LIMITS.analysis} />
    </Form.Item>
  );
  return (
    <Form<AnalysisValues>
      form={form}
      layout="vertical"
      aria-label="原因分析与损失评估"
      initialValues={{
        causeAnalysis: emergency.causeAnalysis,
        lossAssessment: emergency.lossAssessment,
        lessons: emergency.lessons,
        reserveFundYuan: emergency.reserveFundYuan,
      }}
      onFinish={(v) => void submit(v)}
    >
      {text('causeAnalysis', '原因分析')}
      {text('lossAssessment', '损失评估')}
      <Form.Item label="备用金（元）" name="reserveFundYuan">
        <InputNumber style={{ width: 200 }} />
      </Form.Item>
      {text('lessons', '经验教训')}
      <FormRefusal error={error} />
      <Button htmlType="submit" loading={busy}>
        保存分析
      </Button>
    </Form>
  );
}
