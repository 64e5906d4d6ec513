import { Alert, App, Form, Modal, type ButtonProps } from 'antd';
import dayjs from 'dayjs';
import { useRef, useState, type KeyboardEvent } from 'react';
import { now } from '../../../services/clock';
import { useReferenceData } from '../../../services/ReferenceData';
import { useCaseEnvironment } from '../../../services/useCaseEnvironment';
import { CaseActionRefusedError, caseStateOf } from '../../../db/cases';
import type { PetitionDetail } from '../../../domain/petitionDetail';
import { toLocalDate } from '../../../domain/dates';
import { handlingDue } from '../../../domain/deadlines';
import { CASE_ACTIONS, type CaseAction } from '../../../domain/workflowPayloads';
import { moveFocusOnEnter } from '../../../ui/keyboard';
import { ACTION_FORMS } from './actionForms';
import { successMessage, toActionPayload } from './caseActionModel';
import { withUnitName } from './forms/AssignForm';
import { errorText } from '../../../db/errors';
import { applyCaseAction } from '../../../services/data/petition';

interface CaseActionDialogProps {
  action: CaseAction;
  detail: PetitionDetail;
  onClose(): void;
}

/**
 * One action as a dialog: its fields with their defaults, submitted with the button or Ctrl+Enter. A refusal (the
 * payload's or the workflow's Chinese reason) is shown above the fields and the dialog stays open with everything
 * typed; success closes it and the page reloads the case.
 */
export function CaseActionDialog({ action, detail, onClose }: CaseActionDialogProps) {
  const { message } = App.useApp();
  const { units } = useReferenceData();
  const { rules, calendar } = useCaseEnvironment();
  const [form] = Form.useForm();
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const busy = useRef(false);
  const fieldsRef = useRef<HTMLDivElement>(null);
  const { Fields, defaults } = ACTION_FORMS[action];
  const label = CASE_ACTIONS[action];

  // The defaults are taken once, when the dialog opens: a reload of the case must not reset what was typed.
  const [initialValues] = useState(() => {
    const today = toLocalDate(now());
    const due = handlingDue(caseStateOf(detail.petition).facts, rules, calendar, today);
    return defaults(action, { detail, today: dayjs(today), handlingDue: due ? dayjs(due) : null });
  });

  const submit = async () => {
    if (busy.current) return;
    busy.current = true;
    setSaving(true);
    const payload = toActionPayload(form.getFieldsValue(true)) as Record<string, unknown>;
    const ctx = { now: now(), calendar, rules };
    try {
      await applyCaseAction(
        detail.petition.id,
        action,
        action === 'assign' ? withUnitName(payload, units) : payload,
        ctx,
      );
      message.success(successMessage(action));
      onClose();
    } catch (error) {
      setProblem(error instanceof CaseActionRefusedError ? error.reason : `保存失败：${errorText(error)}`);
    } finally {
      busy.current = false;
      setSaving(false);
    }
  };

  // A date picker takes Enter itself: it commits the day typed into it. The form has no onFinish, so the browser's
  // implicit submission (Enter in a form whose only single-line field is that date) submits nothing: the dialog is
  // submitted only by its button or Ctrl+Enter.
  const onKeyDownCapture = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target instanceof HTMLElement && event.target.closest('.ant-picker')) return;
    moveFocusOnEnter(event);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.nativeEvent.isComposing) {
      event.preventDefault();
      void submit();
    }
  };

  return (
    <Modal
      open
      title={`${label} · ${detail.petition.regNo}`}
      okText={label}
      cancelText="取消"
      confirmLoading={saving}
      // After a quick refusal antd can leave the spinner's hidden icon (aria-label "loading") in the button's name, so
      // tests find the button by this id rather than by its text.
      okButtonProps={{ 'data-testid': 'case-action-submit' } as ButtonProps}
      onOk={() => void submit()}
      onCancel={onClose}
      maskClosable={false}
      width={action === 'reply' ? 860 : 560}
      afterOpenChange={(open) => {
        // A clerk who already clicked into a field while the dialog was opening keeps it.
        const fields = fieldsRef.current;
        if (!open || !fields || fields.contains(document.activeElement)) return;
        fields.querySelector<HTMLElement>('input:not([type=hidden]), textarea')?.focus();
      }}
    >
      <div ref={fieldsRef} onKeyDownCapture={onKeyDownCapture} onKeyDown={onKeyDown}>
        {problem && (
          <Alert
            type="error"
            showIcon
            title={problem}
            role="alert"
            style={{ marginBottom: 16 }}
            data-testid="case-action-problem"
          />
        )}
        <Form form={form} layout="vertical" initialValues={initialValues} aria-label={`${label}表单`}>
          <Fields action={action} detail={detail} />
        </Form>
        <div style={{ color: 'rgba(0,0,0,0.45)', fontSize: 12 }}>Ctrl+Enter 提交</div>
      </div>
    </Modal>
  );
}
