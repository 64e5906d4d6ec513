/** Why a form's save was refused, under its fields in the form's error style; nothing when there is no refusal. */
export function FormRefusal({ error }: { error: string | null }) {
  if (!error) return null;
  return (
    <div role="alert" className="ant-form-item-explain-error">
      {error}
    </div>
  );
}
