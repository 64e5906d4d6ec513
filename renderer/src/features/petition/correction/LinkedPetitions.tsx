import { App, Button, Input, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { now } from '../../../services/clock';
import { onPetitionsChanged } from '../../../db/changes';
import { RegistrationError, errorText } from '../../../db/errors';
import { linkedPetitions, linkPetitions } from '../../../services/data/petition';

type Linked = Awaited<ReturnType<typeof linkedPetitions>>;

/** 关联事项: other petitions about the same matter, each its own 件; a clerk who may register links one by its number. */
export function LinkedPetitions({ petitionId, mayLink }: { petitionId: string; mayLink: boolean }) {
  const { message } = App.useApp();
  const [linked, setLinked] = useState<Linked>([]);
  const [regNo, setRegNo] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    const load = () =>
      linkedPetitions(petitionId).then(
        (list) => !cancelled && setLinked(list),
        (e: unknown) => !cancelled && setError(`读取关联事项失败：${errorText(e)}`),
      );
    void load();
    const unsubscribe = onPetitionsChanged((ids) => {
      if (ids.includes(petitionId)) void load();
    });
    return () => {
      cancelled = true;
      unsubscribe();
    };
  }, [petitionId]);

  const link = async () => {
    try {
      await linkPetitions(petitionId, regNo, now());
      message.success(`已关联 ${regNo.trim()}`);
      setRegNo('');
      setError(null);
    } catch (e) {
      setError(e instanceof RegistrationError ? Object.values(e.errors).join('；') : errorText(e));
    }
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <div data-testid="linked-petitions">
        {linked.length === 0 ? (
          <Typography.Text type="secondary">暂无关联事项</Typography.Text>
        ) : (
          linked.map((l) => (
            <Tag key={l.id}>
              <Link to={`/petitions/${l.id}`}>{l.regNo}</Link>（{l.status}）
            </Tag>
          ))
        )}
      </div>
      {mayLink && (
        <Space>
          <Input
            aria-label="关联的登记编号"
            placeholder="登记编号，如2026-0001"
            value={regNo}
            onChange={(e) => setRegNo(e.target.value)}
            onPressEnter={() => void link()}
            style={{ width: 220 }}
          />
          <Button onClick={() => void link()} disabled={regNo.trim() === ''}>
            关联事项
          </Button>
          {error && <Typography.Text type="danger">{error}</Typography.Text>}
        </Space>
      )}
    </Space>
  );
}
