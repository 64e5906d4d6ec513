import { Alert, App, Card, Form, Input, Modal, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { now } from '../../../services/clock';
import { useReferenceData } from '../../../services/ReferenceData';
import { RegistrationError, errorText } from '../../../db/errors';
import type { FieldErrors } from '../../../domain/registration';
import { ContactFields } from '../../reception/ContactFields';
import {
  fieldNameForErrorPath,
  toFormValues,
  toRegistrationInput,
  type RegistrationFormValues,
} from '../../reception/formValues';
import { MatterFields } from '../../reception/MatterFields';
import { PetitionersField, type MaskedOnFile } from '../../reception/PetitionersField';
import { correctionStart, correctPetition, getPetitionDetail } from '../../../services/data/petition';

type CorrectionValues = RegistrationFormValues & { reason: string };

/**
 * 修改登记: the registration form's own fields, filled with what is stored, a required 修改原因 and 保存修改. The
 * repository decides who may (管理员; 接待员 until the reply is issued) and writes it in one transaction.
 */
/** Mounted only while open (RegistrationActions), so each opening reads the stored registration afresh. */
export function CorrectionModal({ petitionId, onClose }: { petitionId: string; onClose(): void }) {
  const { message } = App.useApp();
  const { categories } = useReferenceData();
  const [form] = Form.useForm<CorrectionValues>();
  const [loaded, setLoaded] = useState<'loading' | 'ready' | string>('loading');
  const [saving, setSaving] = useState(false);
  const [onFile, setOnFile] = useState<MaskedOnFile>(new Map());

  useEffect(() => {
    let cancelled = false;
    Promise.all([correctionStart(petitionId), getPetitionDetail(petitionId)]).then(
      ([input, detail]) => {
        if (cancelled) return;
        // The case page's masked values (the phone with its separators as typed), shown in the blank fields they keep.
        setOnFile(new Map((detail?.petitioners ?? []).map((p) => [p.id, { idNumber: p.idNumber, phone: p.phone }])));
        form.resetFields();
        form.setFieldsValue({ ...toFormValues(input, categories), reason: '' });
        setLoaded('ready');
      },
      (error: unknown) => !cancelled && setLoaded(`无法打开修改：${errorText(error)}`),
    );
    return () => {
      cancelled = true;
    };
  }, [petitionId, categories, form]);

  const showErrors = (errors: FieldErrors) => {
    const fields = Object.entries(errors).map(([path, text]) => ({
      name: path === 'reason' ? ['reason'] : fieldNameForErrorPath(path),
      errors: [text],
    }));
    form.setFields(fields as Parameters<typeof form.setFields>[0]);
  };

  const save = async () => {
    if (saving) return;
    setSaving(true);
    try {
      const values = form.getFieldsValue(true) as CorrectionValues;
      const saved = await correctPetition(petitionId, toRegistrationInput(values), values.reason ?? '', now());
      message.success(`已保存修改，编号 ${saved.regNo}`);
      onClose();
    } catch (error) {
      if (error instanceof RegistrationError) {
        showErrors(error.errors);
        message.error(error.errors.form ?? '修改内容有误，请按红色提示修改');
      } else message.error(`保存失败：${errorText(error)}`);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      title="修改登记"
      open
      width={1100}
      onCancel={onClose}
      onOk={() => void save()}
      okText="保存修改"
      cancelText="取消"
      confirmLoading={saving}
      okButtonProps={{ disabled: loaded !== 'ready' }}
      destroyOnHidden
    >
      {loaded === 'loading' && <Spin />}
      {loaded !== 'loading' && loaded !== 'ready' && <Alert type="error" showIcon title={loaded} />}
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        aria-label="修改登记表"
        style={{ display: loaded === 'ready' ? undefined : 'none' }}
      >
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 8 }}
          title="身份证号、联系电话留空则保持原值；需要更正时重新填写完整号码。已出具的文书保留出具时的内容。"
        />
        <Card title="来访信息" size="small" className="desk-card">
          <ContactFields />
        </Card>
        <Card title="信访人" size="small" className="desk-card">
          <PetitionersField form={form as never} onFile={onFile} />
        </Card>
        <Card title="反映问题" size="small" className="desk-card">
          <MatterFields />
        </Card>
        <Form.Item label="修改原因" name="reason" required>
          <Input.TextArea rows={2} maxLength={500} showCount placeholder="必填：说明哪里登记有误" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
