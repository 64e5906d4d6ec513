import { Button, Form, Input, InputNumber } from 'antd';
import { useReferenceData } from '../../services/ReferenceData';
import { useSettingsSave } from './useSettingsSave';
import { textCount } from '../../ui/textCount';

const MB = 1024 * 1024;

interface GeneralValues {
  orgName: string;
  collectiveThreshold: number | null;
  attachmentMaxMb: number | null;
  idleLockMinutes: number | null;
  reportAddressee: string;
}

/**
 * 基本设置: the organisation name printed on forms, the 集体访 threshold, the attachment size limit, the idle time
 * after which the desk locks, and the 主送机关 the analysis reports are addressed to.
 */
export function GeneralSettingsForm() {
  const { settings } = useReferenceData();
  const [form] = Form.useForm<GeneralValues>();
  const { saving, save } = useSettingsSave();

  const submit = (values: GeneralValues) =>
    save({
      orgName: values.orgName,
      // An emptied number field is sent as NaN so the repository's own check names the problem in Chinese.
      collectiveThreshold: values.collectiveThreshold ?? Number.NaN,
      attachmentMaxBytes: values.attachmentMaxMb === null ? Number.NaN : Math.round(values.attachmentMaxMb * MB),
      idleLockMinutes: values.idleLockMinutes ?? Number.NaN,
      reportAddressee: values.reportAddressee ?? '',
    });

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
        idleLockMinutes: settings.idleLockMinutes,
        reportAddressee: settings.reportAddressee,
      }}
      onFinish={(values) => void submit(values)}
    >
      <Form.Item label="单位名称" name="orgName" extra="打印在登记表等文书上">
        <Input count={textCount('orgName')} />
      </Form.Item>
      <Form.Item
        label="集体访人数"
        name="collectiveThreshold"
        extra="来访或领导接待日人数达到此数即为集体访；来信、来电、网上信访不计"
      >
        <InputNumber suffix="人" style={{ width: 160 }} />
      </Form.Item>
      <Form.Item label="附件大小上限" name="attachmentMaxMb" extra="单个附件不超过此大小">
        <InputNumber suffix="MB" style={{ width: 160 }} />
      </Form.Item>
      <Form.Item
        label="自动锁定（分钟）"
        name="idleLockMinutes"
        extra="无键盘鼠标操作达到此时间后锁定工作台，输入密码解锁"
      >
        <InputNumber suffix="分钟" style={{ width: 160 }} />
      </Form.Item>
      <Form.Item
        label="研判报告主送机关"
        name="reportAddressee"
        extra="印在研判分析报告标题之下，如：公司党委；留空则不印"
      >
        <Input count={textCount('orgName')} />
      </Form.Item>
      <Form.Item label=" " colon={false}>
        <Button type="primary" htmlType="submit" loading={saving}>
          保存设置
        </Button>
      </Form.Item>
    </Form>
  );
}
