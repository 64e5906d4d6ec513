import type { Activity } from '../../domain/outreach/types';
import type { SuggestionDialogState } from './suggestionColumns';
import { SuggestionDialog } from './SuggestionDialog';
import { AnswerDialog, FollowUpDialog } from './SuggestionStatusDialogs';

/** The dialog open over a suggestions table (添加建议, 跟进, 答复), if any. */
export function SuggestionDialogs({
  dialog,
  activity,
  onClose,
  onSaved,
}: {
  dialog: SuggestionDialogState | null;
  activity: Activity | null;
  onClose(): void;
  onSaved(): void;
}) {
  if (dialog?.kind === 'add') return <SuggestionDialog activity={activity} onClose={onClose} onSaved={onSaved} />;
  if (dialog?.kind === 'followUp')
    return <FollowUpDialog suggestion={dialog.suggestion} onClose={onClose} onSaved={onSaved} />;
  if (dialog?.kind === 'answer')
    return <AnswerDialog suggestion={dialog.suggestion} onClose={onClose} onSaved={onSaved} />;
  return null;
}
