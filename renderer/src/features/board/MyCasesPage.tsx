import { Select, Typography } from 'antd';
import { useState } from 'react';
import { useReferenceData } from '../../services/ReferenceData';
import { useSession } from '../../services/session/SessionContext';
import { staffNames } from '../../domain/staff';
import { PageHeader } from '../../ui/PageHeader';
import { CaseBoardView } from './CaseBoardView';
import { useCaseBoard } from './useCaseBoard';

/**
 * 我的案件: the board narrowed to the cases one person handles (承办人) or leads (包案领导): the signed-in account's
 * 姓名 by default, or anyone on 办理人员. Cases name people as chosen from that list, so a name matches exactly.
 */
export function MyCasesPage() {
  const { actor } = useSession();
  const { settings } = useReferenceData();
  const [person, setPerson] = useState<string | null>(actor.displayName);
  const people = [...new Set([actor.displayName, ...staffNames(settings.staff)])];
  const { board, error } = useCaseBoard(person);
  return (
    <div className="desk-page">
      <PageHeader title="我的案件">
        <label htmlFor="my-cases-person">承办人或包案领导</label>
        <Select
          id="my-cases-person"
          style={{ width: 180 }}
          allowClear
          placeholder="输入姓名查找"
          showSearch={{ optionFilterProp: 'label' }}
          value={person ?? undefined}
          options={people.map((name) => ({ value: name, label: name }))}
          onChange={(name: string | undefined) => setPerson(name ?? null)}
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
        <Typography.Paragraph type="secondary">请选择承办人或包案领导。</Typography.Paragraph>
      )}
    </div>
  );
}
