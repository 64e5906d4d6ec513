import { RiskDialog, type MatterDialogProps } from './RiskDialog';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, DatePicker, Form, Input, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { RESOLUTION_KINDS, type ResolutionKind } from '../../domain/risk/types';
import { now } from '../../services/clock';
import { closeRiskMatter } from '../../services/data/risks';
import { useSession } from '../../services/session/SessionContext';
import { dayOf, isAfterToday } from './dayField';
import { useSubmit } from './useSubmit';

interface CloseValues {
  claims: { text: string; outcome: ResolutionKind | null }[];
  confirmedOn: Dayjs;
  byLeaderAccount: boolean;
}

const OUTCOME_OPTIONS = RESOLUTION_KINDS.map((k) => ({ value: k, label: k }));

/**
 * 销号: each claim with how it was resolved (the four 到位), confirmed by the 包案领导 — signed in as themself, or
 * recorded by the office with the day the leader confirmed.
 */
export function CloseRiskDialog({ matter, onClose, onSaved }: MatterDialogProps) {
  const [form] = Form.useForm<CloseValues>();
  const { actor } = useSession();
  const isTheLeader = actor.role === 'leader' && actor.displayName === matter.leader;
  const { busy, error, submit } = useSubmit(
    (v: CloseValues) =>
      closeRiskMatter(
        matter.id,
        { claims: v.claims, confirmedOn: dayOf(v.confirmedOn), byLeaderAccount: v.byLeaderAccount },
        now(),
      ),
    onSaved,
  );
  const claims = matter.claims.length > 0 ? matter.claims : [{ text: '', outcome: null }];
  return (
    <RiskDialog<CloseValues>
      title={`销号：${matter.riskNo}`}
      okText="销号"
      label="销号"
      width={720}
      form={form}
      initialValues={{ claims, confirmedOn: dayjs(now()), byLeaderAccount: isTheLeader }}
      busy={busy}
      error={error}
      onSubmit={(values: CloseValues) => void submit(values)}
      onClose={onClose}
      intro={
        <Typography.Paragraph type="secondary">
          案结事了方可销号：逐项填写诉求的化解结果，并经包案领导{matter.leader}确认。
        </Typography.Paragraph>
      }
    >
      <Form.List name="claims">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, i) => (
              <Space key={field.key} align="baseline" style={{ display: 'flex' }}>
                <Form.Item name={[field.name, 'text']} label={i === 0 ? '诉求' : undefined}>
                  <Input aria-label={`第${i + 1}项诉求`} style={{ width: 300 }} maxLength={500} />
                </Form.Item>
                <Form.Item name={[field.name, 'outcome']} label={i === 0 ? '化解结果' : undefined}>
                  <Select
                    aria-label={`第${i + 1}项化解结果`}
                    options={OUTCOME_OPTIONS}
                    placeholder="请选择"
                    style={{ width: 220 }}
                  />
                </Form.Item>
                {fields.length > 1 && (
                  <MinusCircleOutlined aria-label={`删除第${i + 1}项诉求`} onClick={() => remove(field.name)} />
                )}
              </Space>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ text: '', outcome: null })}>
              添加诉求
            </Button>
          </>
        )}
      </Form.List>
      <Space style={{ marginTop: 16 }} align="baseline">
        <Form.Item label="包案领导确认日期" name="confirmedOn">
          <DatePicker disabledDate={isAfterToday} />
        </Form.Item>
        {isTheLeader && (
          <Form.Item name="byLeaderAccount" valuePropName="checked">
            <Checkbox>由本人（包案领导）确认</Checkbox>
          </Form.Item>
        )}
      </Space>
    </RiskDialog>
  );
}
