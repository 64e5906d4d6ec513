import { LinkOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Popconfirm, Table, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import type { RepeatCandidate, RepeatLookup } from '../../db/petitioners';
import { formatDateTime } from '../../domain/dates';
import { repeatKeys, withheldRepeatNotice, type PersonKeys } from '../../domain/repeat';
import { PETITION_STATUSES } from '../../domain/types';
import { KnownContactOffers, type ContactRow } from './KnownContactOffers';
import { findRepeatCandidates } from '../../services/data/reception';

const LOOKUP_DELAY_MS = 350;
const NOTHING_FOUND: RepeatLookup = { candidates: [], withheld: null };

export interface RepeatPanelProps {
  /** The form's petitioners in order: their keys are looked up, their contact fields decide what is offered. */
  people: (PersonKeys & ContactRow)[];
  /**
   * The clerk confirmed recording this contact as a new reception of an earlier petition; absent when linking is not
   * open (a registration converting a screening-ledger matter must register its own petition).
   */
  onLink?(candidate: RepeatCandidate): Promise<void>;
  /** The clerk asked to fill the blank contact fields of the recognised person's row from the record on file. */
  onFill(candidate: RepeatCandidate): Promise<void>;
}

/** Only people with a valid ID number, or a name together with a phone, are looked up (never a name alone). */
function isLookedUp(person: PersonKeys): boolean {
  const keys = repeatKeys(person);
  return keys.idNumber !== null || keys.namePhone !== null;
}

/**
 * 重复访 detection while the clerk types: the earlier petitions of anyone on the form, each with 关联到此事项.
 * Saving the form instead registers a new matter. For an account without the 保密 grant, a confidential matter of
 * someone on the form shows only as a notice naming whom to ask (the repository gives nothing more).
 */
export function RepeatPanel({ people, onLink, onFill }: RepeatPanelProps) {
  // A stable string key, so unrelated typing (summary, demands) does not trigger a lookup. Every row keeps its place
  // (one not looked up has empty keys), so a candidate's forPerson is the row's index on the form.
  const lookupKey = JSON.stringify(
    people.map((p) => (isLookedUp(p) ? [p.idNumber ?? '', p.name ?? '', p.phone ?? ''] : ['', '', ''])),
  );
  const [result, setResult] = useState<{ key: string; found: RepeatLookup; error: string | null }>({
    key: '[]',
    found: NOTHING_FOUND,
    error: null,
  });
  const [linking, setLinking] = useState<string | null>(null);

  useEffect(() => {
    const keys = (JSON.parse(lookupKey) as [string, string, string][]).map(([idNumber, name, phone]) => ({
      idNumber,
      name,
      phone,
    }));
    const anyone = keys.some(isLookedUp);
    let cancelled = false;
    const timer = window.setTimeout(() => {
      const lookup = anyone ? findRepeatCandidates(keys) : Promise.resolve(NOTHING_FOUND);
      lookup.then(
        (found) => {
          if (!cancelled) setResult({ key: lookupKey, found, error: null });
        },
        (reason: unknown) => {
          if (!cancelled) {
            const message = reason instanceof Error ? reason.message : String(reason);
            setResult({ key: lookupKey, found: NOTHING_FOUND, error: `查找既往信访事项失败：${message}` });
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
        render: (_: unknown, c: RepeatCandidate) =>
          onLink && (
            <Popconfirm
              title={`记为信访事项 ${c.petition.regNo} 的重复访？`}
              description="本次不另行登记新的信访事项"
              okText="确认关联"
              cancelText="取消"
              onConfirm={() => {
                setLinking(c.petition.id);
                return onLink(c).finally(() => setLinking(null));
              }}
            >
              <Button
                type="primary"
                ghost
                size="small"
                icon={<LinkOutlined />}
                loading={linking === c.petition.id}
                disabled={linking !== null && linking !== c.petition.id}
              >
                关联到此事项
              </Button>
            </Popconfirm>
          ),
      },
    ],
    [linking, onLink],
  );

  if (result.error) return <Alert type="warning" showIcon title={result.error} />;
  // Results of an older key are hidden as soon as the keys change, so a stale match is never offered.
  const { candidates, withheld } = result.found;
  if (result.key !== lookupKey || (candidates.length === 0 && withheld === null)) return null;
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
      extra={
        candidates.length > 0 ? (
          <Typography.Text type="secondary">
            {onLink ? '同一事项请关联；新的问题请直接保存登记' : '由排查事项转入，保存后登记为新的信访事项'}
          </Typography.Text>
        ) : null
      }
    >
      {withheld && (
        <Alert
          type="info"
          showIcon
          data-testid="repeat-withheld"
          title={withheldRepeatNotice(withheld.grantHolders)}
          style={candidates.length > 0 ? { marginBottom: 12 } : undefined}
        />
      )}
      <KnownContactOffers rows={people} candidates={candidates} onFill={onFill} />
      {candidates.length > 0 && (
        <Table
          size="small"
          rowKey={(c) => c.petition.id}
          columns={columns}
          dataSource={candidates}
          pagination={candidates.length > 5 ? { pageSize: 5, size: 'small' } : false}
        />
      )}
    </Card>
  );
}
