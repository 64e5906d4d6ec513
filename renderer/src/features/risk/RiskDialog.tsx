import { Form, Modal, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import type { RiskMatter } from '../../domain/risk/types';
import { FormRefusal } from '../../ui/FormRefusal';

/**
 * The screening ledger's dialogs (登记排查, 挂号, 更新进展, 销号) share one frame: a modal whose OK submits a vertical
 * form, with the repository's refusal under the fields (useSubmit).
 */
export function RiskDialog<V>(props: {
  title: string;
  okText: string;
  /** The form's accessible name. */
  label: string;
  width?: number;
  form: FormInstance<V>;
  initialValues: Partial<V>;
  busy: boolean;
  error: string | null;
  onSubmit(values: V): void;
  onClose(): void;
  /** A line above the form. */
  intro?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Modal
      open
      width={props.width}
      title={props.title}
      okText={props.okText}
      confirmLoading={props.busy}
      onOk={() => props.form.submit()}
      onCancel={props.onClose}
    >
      {props.intro}
      <Form<V>
        form={props.form}
        layout="vertical"
        aria-label={props.label}
        requiredMark={false}
        initialValues={props.initialValues}
        onFinish={props.onSubmit}
      >
        {props.children}
        <FormRefusal error={props.error} />
      </Form>
    </Modal>
  );
}

/** A dialog about one matter (更新进展, 销号, 专报): closed by the clerk, or saved and the list read again. */
export interface MatterDialogProps {
  matter: RiskMatter;
  onClose(): void;
  onSaved(): void;
}
