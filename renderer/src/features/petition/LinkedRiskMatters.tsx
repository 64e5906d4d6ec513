import { Alert, Button, Card, List, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { errorText } from '../../db/errors';
import { formatChineseDate } from '../../domain/dates';
import type { RiskMatter } from '../../domain/risk/types';
import { riskMattersOfPetition } from '../../services/data/risks';

/**
 * The screening-ledger matters a petition is linked to (转为信访事项, docs/domain.md §10): the other side of the
 * ledger's link. Nothing shows for a petition with none.
 */
export function LinkedRiskMatters({ petitionId }: { petitionId: string }) {
  const navigate = useNavigate();
  const [matters, setMatters] = useState<RiskMatter[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    riskMattersOfPetition(petitionId).then(setMatters, (failed: unknown) => setError(errorText(failed)));
  }, [petitionId]);
  if (error) return <Alert type="error" showIcon title={`关联的排查事项无法读取：${error}`} />;
  if (!matters || matters.length === 0) return null;
  return (
    <Card
      size="small"
      title="排查台账"
      className="desk-card"
      extra={<Button onClick={() => void navigate('/risks')}>打开排查台账</Button>}
    >
      <List
        size="small"
        dataSource={matters}
        renderItem={(m) => (
          <List.Item>
            <span>
              {m.riskNo} <Tag>{m.level}</Tag>
              {m.status}
              {m.closedOn ? `（${formatChineseDate(m.closedOn)}）` : ''}：{m.problem}
            </span>
          </List.Item>
        )}
      />
    </Card>
  );
}
