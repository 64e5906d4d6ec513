import type { FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { RiskDialog } from '../risk/RiskDialog';
import { useSubmit } from '../risk/useSubmit';

/**
 * The outreach pages' dialogs: the screening ledger's frame (a modal whose OK submits a vertical form, the
 * repository's refusal under the fields), saving through `save` and closing through `onSaved` once written.
 */
export function OutreachDialog<V>(props: {
  title: string;
  /** The form's accessible name (the title unless given). */
  label?: string;
  width?: number;
  form: FormInstance<V>;
  initialValues: Partial<V>;
  save(values: V): Promise<unknown>;
  onSaved(): void;
  onClose(): void;
  intro?: ReactNode;
  children: ReactNode;
}) {
  const { busy, error, submit } = useSubmit(props.save, props.onSaved);
  return (
    <RiskDialog<V>
      title={props.title}
      okText="保存"
      label={props.label ?? props.title}
      width={props.width}
      form={props.form}
      initialValues={props.initialValues}
      busy={busy}
      error={error}
      onSubmit={(values) => void submit(values)}
      onClose={props.onClose}
      intro={props.intro}
    >
      {props.children}
    </RiskDialog>
  );
}
