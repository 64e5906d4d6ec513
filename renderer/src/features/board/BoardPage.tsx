import { Typography } from 'antd';
import { PageHeader } from '../../ui/PageHeader';
import { CaseBoardView } from './CaseBoardView';
import { useCaseBoard } from './useCaseBoard';

/** 督办台: every open case of the office on its to-do lists, nearest deadline first. */
export function BoardPage() {
  const { board, error, today } = useCaseBoard();
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
    </div>
  );
}
