import { Typography } from 'antd';
import { PageHeader } from '../../ui/PageHeader';
import { can } from '../../domain/access/roles';
import { useSession } from '../../services/session/SessionContext';
import { CaseBoardView } from './CaseBoardView';
import { RiskDeadlines } from './RiskDeadlines';
import { SuggestionDeadlines } from './SuggestionDeadlines';
import { useCaseBoard } from './useCaseBoard';

/**
 * 督办台: every open case of the office on its to-do lists, nearest deadline first, and below them the screening
 * ledger's matters past or near their 化解时限, and the suggestions past or near their 完成时限.
 */
export function BoardPage() {
  const { board, error, today } = useCaseBoard();
  const { actor } = useSession();
  return (
    <div className="desk-page">
      <PageHeader title="督办台">
        {board && (
          <Typography.Text type="secondary" data-testid="board-total">
            在办 {board.open.length} 件（截至 {today}）
          </Typography.Text>
        )}
      </PageHeader>
      <CaseBoardView board={board} error={error} name="督办台" />
      {can(actor.role, 'risks.view') && <RiskDeadlines today={today} />}
      {can(actor.role, 'outreach.view') && <SuggestionDeadlines today={today} />}
    </div>
  );
}
