import { Button, Form, Input, InputNumber } from 'antd';
import { useReferenceData } from '../../app/ReferenceData';
import { useSettingsSave } from './useSettingsSave';

const MB = 1024 * 1024;

interface GeneralValues {
  orgName: string;
  operatorName: string;
  collectiveThreshold: number | null;
  attachmentMaxMb: number | null;
}

/** 基本设置: the organisation name printed on forms, 本机使用人, the 集体访 threshold and the attachment size limit. */
export function GeneralSettingsForm() {
  const { settings } = useReferenceData();
  const [form] = Form.useForm<GeneralValues>();
  const { saving, save } = useSettingsSave();

  const submit = (values: GeneralValues) =>
    save({
      orgName: values.orgName,
      operatorName: values.operatorName ?? '',
      // An emptied number field is sent as NaN so the repository's own check names the problem in Chinese.
      collectiveThreshold: values.collectiveThreshold ?? Number.NaN,
      attachmentMaxBytes: values.attachmentMaxMb === null ? Number.NaN : Math.round(values.attachmentMaxMb * MB),
    });

  return (
    <Form<GeneralValues>
      form={form}
      layout="horizontal"
      labelCol={{ flex: '140px' }}
      style={{ maxWidth: 640 }}
      initialValues={{
        orgName: settings.orgName,
        operatorName: settings.operatorName,
        collectiveThreshold: settings.collectiveThreshold,
        attachmentMaxMb: settings.attachmentMaxBytes / MB,
      }}
      onFinish={(values) => void submit(values)}
    >
      <Form.Item label="单位名称" name="orgName" extra="打印在登记表等文书上">
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item label="本机使用人" name="operatorName" extra="在本机办理案件时记录的经办人，“我的案件”按此姓名列出">
        <Input maxLength={20} placeholder="如：李明" style={{ width: 240 }} />
      </Form.Item>
      <Form.Item label="集体访人数" name="collectiveThreshold" extra="人数达到此数即标记为集体访">
        <InputNumber min={2} max={1000} precision={0} suffix="人" style={{ width: 160 }} />
      </Form.Item>
      <Form.Item label="附件大小上限" name="attachmentMaxMb" extra="单个附件不超过此大小">
        <InputNumber min={1} max={200} precision={0} suffix="MB" style={{ width: 160 }} />
      </Form.Item>
      <Form.Item label=" " colon={false}>
        <Button type="primary" htmlType="submit" loading={saving}>
          保存设置
        </Button>
      </Form.Item>
    </Form>
  );
}
