import { Input, Typography } from 'antd';
import { useDeferredValue, useState } from 'react';
import { useSession } from '../../app/session/SessionContext';
import { PageHeader } from '../../ui/PageHeader';
import { CaseBoardView } from './CaseBoardView';
import { useCaseBoard } from './useCaseBoard';

/**
 * 我的案件: the board narrowed to the cases one person handles (承办人) or leads (包案领导); the signed-in account's
 * 姓名 by default, or any name typed here.
 */
export function MyCasesPage() {
  const { actor } = useSession();
  const [name, setName] = useState(actor.displayName);
  const person = useDeferredValue(name.trim());
  const { board, error } = useCaseBoard(person || null);
  return (
    <div className="desk-page">
      <PageHeader title="我的案件">
        <label htmlFor="my-cases-person">承办人或包案领导</label>
        <Input
          id="my-cases-person"
          style={{ width: 160 }}
          allowClear
          maxLength={20}
          placeholder="输入姓名"
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        {board && person && (
          <Typography.Text type="secondary" data-testid="my-cases-total">
            {person}：在办 {board.open.length} 件
          </Typography.Text>
        )}
      </PageHeader>
      {person ? (
        <CaseBoardView board={board} error={error} name="我的案件" />
      ) : (
        <Typography.Paragraph type="secondary">
          请输入承办人或包案领导的姓名。
        </Typography.Paragraph>
      )}
    </div>
  );
}
