import { useState } from 'react';
import { errorText } from '../../db/errors';

/** A dialog's save: busy while it runs, the repository's refusal shown in the dialog, onSaved once it is written. */
export function useSubmit<V>(save: (values: V) => Promise<unknown>, onSaved: () => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (values: V) => {
    setBusy(true);
    setError(null);
    try {
      await save(values);
      onSaved();
    } catch (refused) {
      setError(errorText(refused));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, submit };
}
