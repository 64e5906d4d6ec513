import { useState } from 'react';
import { can } from '../../domain/access/roles';
import { today as dayOfNow } from '../../domain/dates';
import { now } from '../../services/clock';
import { useSession } from '../../services/session/SessionContext';
import { suggestionColumns, type SuggestionDialogState } from './suggestionColumns';

/**
 * A suggestions table's columns and its open dialog; a save closes the dialog and, for a list read on its own, reads
 * it again (`reload`; the 意见建议 store refreshes itself).
 */
export function useSuggestionDialogs(reload?: () => void) {
  const { actor } = useSession();
  const [dialog, setDialog] = useState<SuggestionDialogState | null>(null);
  const canManage = can(actor.role, 'outreach.manage');
  const today = dayOfNow(now());
  const columns = suggestionColumns({
    today,
    canManage,
    onFollowUp: (suggestion) => setDialog({ kind: 'followUp', suggestion }),
    onAnswer: (suggestion) => setDialog({ kind: 'answer', suggestion }),
  });
  const close = () => setDialog(null);
  const saved = () => {
    setDialog(null);
    reload?.();
  };
  return { canManage, today, columns, dialog, open: setDialog, close, saved };
}
