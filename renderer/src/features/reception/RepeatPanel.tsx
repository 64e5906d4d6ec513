import { LinkOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Table, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { getDb } from '../../db/instance';
import { findRepeatCandidates, type RepeatCandidate } from '../../db/petitioners';
import { formatDateTime } from '../../domain/dates';
import { repeatKeys, type PersonKeys } from '../../domain/repeat';
import { PETITION_STATUSES } from '../../domain/types';

const LOOKUP_DELAY_MS = 350;

interface RepeatPanelProps {
  people: PersonKeys[];
  /** The clerk chose to record this contact as a new reception of an earlier petition. */
  onLink(candidate: RepeatCandidate): Promise<void>;
}

/** Only people with a valid ID number, or a name together with a phone, are looked up (never a name alone). */
function lookupKeys(people: PersonKeys[]): PersonKeys[] {
  return people.filter((person) => {
    const keys = repeatKeys(person);
    return keys.idNumber !== null || keys.namePhone !== null;
  });
}

/**
 * 重复访 detection while the clerk types: the earlier petitions of anyone on the form, each with 关联到此事项.
 * Saving the form instead registers a new matter.
 */
export function RepeatPanel({ people, onLink }: RepeatPanelProps) {
  // A stable string key, so unrelated typing (summary, demands) does not trigger a lookup.
  const lookupKey = JSON.stringify(lookupKeys(people).map((p) => [p.idNumber ?? '', p.name ?? '', p.phone ?? '']));
  const [result, setResult] = useState<{ key: string; candidates: RepeatCandidate[]; error: string | null }>({
    key: '[]',
    candidates: [],
    error: null,
  });
  const [linking, setLinking] = useState<string | null>(null);

  useEffect(() => {
    const keys = (JSON.parse(lookupKey) as [string, string, string][]).map(([idNumber, name, phone]) => ({ idNumber, name, phone }));
    let cancelled = false;
    const timer = window.setTimeout(() => {
      const lookup = keys.length === 0 ? Promise.resolve([]) : findRepeatCandidates(getDb(), keys);
      lookup.then(
        (candidates) => {
          if (!cancelled) setResult({ key: lookupKey, candidates, error: null });
        },
        (reason: unknown) => {
          if (!cancelled) {
            const message = reason instanceof Error ? reason.message : String(reason);
            setResult({ key: lookupKey, candidates: [], error: `查找既往信访事项失败：${message}` });
          }
        },
      );
    }, LOOKUP_DELAY_MS);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [lookupKey]);

  const columns = useMemo(
    () => [
      { title: '编号', dataIndex: ['petition', 'regNo'], key: 'regNo', width: 110 },
      {
        title: '日期',
        key: 'receivedAt',
        width: 150,
        render: (_: unknown, c: RepeatCandidate) => formatDateTime(c.petition.receivedAt),
      },
      { title: '信访人', dataIndex: 'petitionerName', key: 'name', width: 90 },
      {
        title: '摘要',
        key: 'summary',
        render: (_: unknown, c: RepeatCandidate) => (
          <Typography.Paragraph ellipsis={{ rows: 2, tooltip: c.petition.summary }} style={{ margin: 0 }}>
            {c.petition.summary}
          </Typography.Paragraph>
        ),
      },
      {
        title: '状态',
        key: 'status',
        width: 90,
        render: (_: unknown, c: RepeatCandidate) => <Tag>{PETITION_STATUSES[c.petition.status]}</Tag>,
      },
      {
        title: '',
        key: 'link',
        width: 140,
        render: (_: unknown, c: RepeatCandidate) => (
          <Button
            type="primary"
            ghost
            size="small"
            icon={<LinkOutlined />}
            loading={linking === c.petition.id}
            disabled={linking !== null && linking !== c.petition.id}
            onClick={() => {
              setLinking(c.petition.id);
              onLink(c).finally(() => setLinking(null));
            }}
          >
            关联到此事项
          </Button>
        ),
      },
    ],
    [linking, onLink],
  );

  if (result.error) return <Alert type="warning" showIcon title={result.error} />;
  // Results of an older key are hidden as soon as the keys change, so a stale match is never offered.
  if (result.key !== lookupKey || result.candidates.length === 0) return null;
  return (
    <Card
      size="small"
      className="desk-repeat-panel"
      role="region"
      aria-label="既往信访事项"
      title={
        <span>
          <Tag color="orange">重复访</Tag>发现该信访人的既往信访事项
        </span>
      }
      extra={<Typography.Text type="secondary">同一事项请关联；新的问题请直接保存登记</Typography.Text>}
    >
      <Table
        size="small"
        rowKey={(c) => c.petition.id}
        columns={columns}
        dataSource={result.candidates}
        pagination={result.candidates.length > 5 ? { pageSize: 5, size: 'small' } : false}
      />
    </Card>
  );
}
