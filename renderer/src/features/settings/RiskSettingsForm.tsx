import { Button, Divider, Form, InputNumber, Space } from 'antd';
import type { StalenessRules } from '../../domain/risk/staleness';
import { RISK_LEVELS } from '../../domain/risk/types';
import { useReferenceData } from '../../services/ReferenceData';
import { FormRefusal } from '../../ui/FormRefusal';
import { useSettingsSave } from './useSettingsSave';

/** An emptied number field is null; it is sent as NaN so the repository's own check names the problem in Chinese. */
type Typed<T> = { [K in keyof T]: T[K] extends number ? number | null : Typed<T[K]> };

interface RiskValues {
  clusterPetitions: number | null;
  clusterDays: number | null;
  flaggedDays: number | null;
  repeatVisits: number | null;
  repeatDays: number | null;
  staleness: Typed<StalenessRules>;
}

const number = (value: number | null) => value ?? Number.NaN;

/**
 * 风险预控 (docs/domain.md §10): when 研判预警 suggests a matter to 挂号, and how many working days a matter on the
 * screening ledger may go without 「更新进展」 before the ledger shows it as behind.
 */
export function RiskSettingsForm() {
  const { settings } = useReferenceData();
  const [form] = Form.useForm<RiskValues>();
  const { saving, error, save } = useSettingsSave();
  const { cluster, flaggedDays, repeat } = settings.riskWarningThresholds;

  const submit = (values: RiskValues) =>
    save({
      riskWarningThresholds: {
        cluster: { petitions: number(values.clusterPetitions), days: number(values.clusterDays) },
        flaggedDays: number(values.flaggedDays),
        repeat: { visits: number(values.repeatVisits), days: number(values.repeatDays) },
      },
      riskStalenessRules: {
        重大: number(values.staleness.重大),
        较大: number(values.staleness.较大),
        一般: number(values.staleness.一般),
      },
    });

  return (
    <Form<RiskValues>
      form={form}
      layout="horizontal"
      aria-label="风险预控设置"
      data-testid="risk-settings-form"
      labelCol={{ flex: '160px' }}
      style={{ maxWidth: 720 }}
      initialValues={{
        clusterPetitions: cluster.petitions,
        clusterDays: cluster.days,
        flaggedDays,
        repeatVisits: repeat.visits,
        repeatDays: repeat.days,
        staleness: settings.riskStalenessRules,
      }}
      onFinish={(values) => void submit(values)}
    >
      <Divider titlePlacement="start">研判预警</Divider>
      <WindowField
        label="同类信访集中"
        extra="同一单位、同一问题类别的信访事项在此天数内达到此件数时提示"
        days={{ name: 'clusterDays', label: '同类信访统计天数' }}
        count={{ name: 'clusterPetitions', label: '同类信访件数', unit: '件' }}
      />
      <Form.Item label="集体访、越级访" name="flaggedDays" extra="此天数内发生的集体访、越级访逐件提示">
        <InputNumber aria-label="集体访越级访统计天数" prefix="近" suffix="天内" style={{ width: 130 }} />
      </Form.Item>
      <WindowField
        label="多次重复访"
        extra="同一信访事项在此天数内重复访达到此次数时提示"
        days={{ name: 'repeatDays', label: '重复访统计天数' }}
        count={{ name: 'repeatVisits', label: '重复访次数', unit: '次' }}
      />
      <Divider titlePlacement="start">排查台账更新期限（每日一更新）</Divider>
      {RISK_LEVELS.map((level) => (
        <Form.Item
          key={level}
          label={`${level}事项`}
          name={['staleness', level]}
          extra={level === '一般' ? '在办事项连续此数个工作日未更新进展，台账中以红色标出并排在前面' : undefined}
        >
          <InputNumber aria-label={`${level}事项更新期限`} suffix="个工作日" style={{ width: 160 }} />
        </Form.Item>
      ))}
      <FormRefusal error={error} />
      <Form.Item label=" " colon={false}>
        <Button type="primary" htmlType="submit" loading={saving}>
          保存设置
        </Button>
      </Form.Item>
    </Form>
  );
}

/** A threshold over a window of days: 「近 N 天内 达 M 件」. */
function WindowField(props: {
  label: string;
  extra: string;
  days: { name: keyof RiskValues; label: string };
  count: { name: keyof RiskValues; label: string; unit: string };
}) {
  return (
    <Form.Item label={props.label} extra={props.extra}>
      <Space>
        <Form.Item name={props.days.name} noStyle>
          <InputNumber aria-label={props.days.label} prefix="近" suffix="天内" style={{ width: 130 }} />
        </Form.Item>
        <Form.Item name={props.count.name} noStyle>
          <InputNumber aria-label={props.count.label} prefix="达" suffix={props.count.unit} style={{ width: 110 }} />
        </Form.Item>
      </Space>
    </Form.Item>
  );
}
