import { App, Form, Input, Typography } from 'antd';
import { defaultSpecialReportAddressee, SPECIAL_REPORT_LIMITS } from '../../domain/risk/specialReport';
import { useReferenceData } from '../../services/ReferenceData';
import { useCaseEnvironment } from '../../services/useCaseEnvironment';
import { useOpenSavedFile } from '../petition/useOpenSavedFile';
import { issueAndSaveSpecialReport, matterReportSubject } from './riskDocuments';
import { RiskDialog, type MatterDialogProps } from './RiskDialog';
import { useSubmit } from './useSubmit';

interface SpecialReportValues {
  to: string;
  subject: string;
  supplement: string;
}

/**
 * 报送重大风险专报 from a 重大 matter in 办: the 专报 drafted from the matter (its own 文号, built today), to the
 * company office unless the clerk names another body, with an optional 补充说明.
 */
export function SpecialReportDialog({ matter, onClose, onSaved }: MatterDialogProps) {
  const [form] = Form.useForm<SpecialReportValues>();
  const { units, categories, settings } = useReferenceData();
  const env = useCaseEnvironment();
  const { message } = App.useApp();
  const openSaved = useOpenSavedFile();
  const prefix = env.seriesOf('riskReport').prefix;
  const { busy, error, submit } = useSubmit(async (v: SpecialReportValues) => {
    const { docNo, result } = await issueAndSaveSpecialReport({
      matter,
      units,
      categories,
      prefix,
      to: v.to,
      subject: v.subject,
      supplement: v.supplement,
      issuer: settings.orgName,
    });
    if (result.saved) openSaved(result.path, `专报 ${docNo}`);
    else message.success(`已出具专报 ${docNo}`);
  }, onSaved);
  return (
    <RiskDialog<SpecialReportValues>
      title={`重大风险专报：${matter.riskNo}`}
      okText="出具专报"
      label="重大风险专报"
      form={form}
      initialValues={{
        to: defaultSpecialReportAddressee(settings.organisation.name),
        subject: matterReportSubject(matter, { units, categories }),
        supplement: '',
      }}
      busy={busy}
      error={error}
      onSubmit={(values: SpecialReportValues) => void submit(values)}
      onClose={onClose}
      intro={
        <Typography.Paragraph type="secondary">
          专报以“{prefix}〔年份〕序号号”编号，当日出具；内容由事项的基本情况、化解措施和最近进展生成。
        </Typography.Paragraph>
      }
    >
      <Form.Item label="主送" name="to">
        <Input maxLength={SPECIAL_REPORT_LIMITS.addressee} />
      </Form.Item>
      <Form.Item label="专报事由" name="subject" extra="标题为“关于（专报事由）的重大风险专报”">
        <Input maxLength={SPECIAL_REPORT_LIMITS.subject} />
      </Form.Item>
      <Form.Item label="补充说明" name="supplement">
        <Input.TextArea rows={3} maxLength={SPECIAL_REPORT_LIMITS.supplement} />
      </Form.Item>
    </RiskDialog>
  );
}
