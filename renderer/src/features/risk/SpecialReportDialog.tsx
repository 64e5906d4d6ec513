import { App, Col, Form, Input, Modal, Row, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { errorText } from '../../db/errors';
import { SPECIAL_REPORT_LIMITS, specialReportDefaults, type SpecialReportTexts } from '../../domain/risk/specialReport';
import { specialReportDraftDefaults } from '../../services/data/risks';
import { useReferenceData } from '../../services/ReferenceData';
import { useCaseEnvironment } from '../../services/useCaseEnvironment';
import { useOpenSavedFile } from '../petition/useOpenSavedFile';
import { RiskDialog } from './RiskDialog';
import type { IssuedFile, SpecialReportRequest } from './specialReportFiles';
import { useSubmit } from './useSubmit';

export interface SpecialReportDialogProps {
  /** 「重大风险专报：排〔2026〕7号」 */
  title: string;
  /** What it reports, drafted: the subject and the 风险研判 the clerk confirms or rewrites. */
  drafted: Pick<SpecialReportTexts, 'subject' | 'assessment'>;
  /** What the rest of the 专报 is drafted from, for the line above the form. */
  draftedFrom: string;
  issue(request: SpecialReportRequest): Promise<IssuedFile>;
  onClose(): void;
  onSaved(): void;
}

/**
 * 报送重大风险专报 (of a 重大 matter or an emergency): its own 文号, built today; 主送 and 签发人 as the latest 专报 had
 * them (the company office at first), the subject and 风险研判 drafted for the clerk to confirm, an optional 补充说明.
 */
export function SpecialReportDialog(props: SpecialReportDialogProps) {
  const [form] = Form.useForm<SpecialReportTexts>();
  const { settings } = useReferenceData();
  const env = useCaseEnvironment();
  const { message } = App.useApp();
  const openSaved = useOpenSavedFile();
  const prefix = env.seriesOf('riskReport').prefix;
  const [defaults, setDefaults] = useState<Pick<SpecialReportTexts, 'to' | 'signer'> | null>(null);
  useEffect(() => {
    let live = true;
    specialReportDraftDefaults().then(
      (found) => live && setDefaults(found),
      (failed: unknown) => {
        message.warning(`未能读取上次专报的主送和签发人，请填写：${errorText(failed)}`);
        if (live) setDefaults(specialReportDefaults(undefined));
      },
    );
    return () => {
      live = false;
    };
  }, [message]);
  const { busy, error, submit } = useSubmit(async (texts: SpecialReportTexts) => {
    // Once issued the dialog closes whatever became of the file: issuing again would take another 文号.
    const { docNo, result, saveError } = await props.issue({ prefix, texts, issuer: settings.orgName });
    if (saveError)
      message.error(`已出具专报 ${docNo}，但文件未能保存：${errorText(saveError)}。请在“已专报”处重新导出`);
    else if (result?.saved) openSaved(result.path, `专报 ${docNo}`);
    else message.success(`已出具专报 ${docNo}，可在“已专报”处重新导出`);
  }, props.onSaved);
  if (!defaults)
    return (
      <Modal open title={props.title} footer={null} onCancel={props.onClose}>
        <Spin tip="正在读取上次专报的主送和签发人…">
          <div style={{ height: 80 }} />
        </Spin>
      </Modal>
    );
  return (
    <RiskDialog<SpecialReportTexts>
      title={props.title}
      okText="出具专报"
      label="重大风险专报"
      width={640}
      form={form}
      initialValues={{ ...defaults, ...props.drafted, supplement: '' }}
      busy={busy}
      error={error}
      onSubmit={(values: SpecialReportTexts) => void submit(values)}
      onClose={props.onClose}
      intro={
        <Typography.Paragraph type="secondary">
          专报以“{prefix}〔年份〕序号号”编号，当日出具；基本情况和已采取措施由{props.draftedFrom}生成。
        </Typography.Paragraph>
      }
    >
      <Row gutter={16}>
        <Col span={16}>
          <Form.Item label="主送" name="to">
            <Input maxLength={SPECIAL_REPORT_LIMITS.addressee} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label="签发人" name="signer" tooltip="上报的专报须由领导签发，签发人印在文号同一行">
            <Input maxLength={SPECIAL_REPORT_LIMITS.signer} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label="专报事由" name="subject" extra="标题为“关于（专报事由）的重大风险专报”">
        <Input maxLength={SPECIAL_REPORT_LIMITS.subject} />
      </Form.Item>
      <Form.Item label="风险研判" name="assessment" extra="已按事项情况起草，请核实后修改">
        <Input.TextArea rows={2} maxLength={SPECIAL_REPORT_LIMITS.assessment} />
      </Form.Item>
      <Form.Item label="补充说明" name="supplement">
        <Input.TextArea rows={2} maxLength={SPECIAL_REPORT_LIMITS.supplement} />
      </Form.Item>
    </RiskDialog>
  );
}
