import { App, Button, Form, Input, InputNumber } from 'antd';
import { useState } from 'react';
import { useReferenceData } from '../../app/ReferenceData';
import { getDb } from '../../db/instance';
import { saveSettings } from '../../db/settings';

const MB = 1024 * 1024;

interface GeneralValues {
  orgName: string;
  collectiveThreshold: number | null;
  attachmentMaxMb: number | null;
}

/** 基本设置: the organisation name printed on forms, the 集体访 threshold and the attachment size limit. */
export function GeneralSettingsForm() {
  const { message } = App.useApp();
  const { settings, refresh } = useReferenceData();
  const [form] = Form.useForm<GeneralValues>();
  const [saving, setSaving] = useState(false);

  const save = async (values: GeneralValues) => {
    setSaving(true);
    try {
      await saveSettings(getDb(), {
        orgName: values.orgName,
        // An emptied number field is sent as NaN so the repository's own check names the problem in Chinese.
        collectiveThreshold: values.collectiveThreshold ?? Number.NaN,
        attachmentMaxBytes: values.attachmentMaxMb === null ? Number.NaN : Math.round(values.attachmentMaxMb * MB),
      });
      await refresh();
      message.success('设置已保存');
    } catch (error) {
      message.error(`保存失败：${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form<GeneralValues>
      form={form}
      layout="horizontal"
      labelCol={{ flex: '140px' }}
      style={{ maxWidth: 640 }}
      initialValues={{
        orgName: settings.orgName,
        collectiveThreshold: settings.collectiveThreshold,
        attachmentMaxMb: settings.attachmentMaxBytes / MB,
      }}
      onFinish={(values) => void save(values)}
    >
      <Form.Item label="单位名称" name="orgName" extra="打印在登记表等文书上">
        <Input maxLength={100} />
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
