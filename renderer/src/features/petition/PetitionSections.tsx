import { DownloadOutlined, PaperClipOutlined } from '@ant-design/icons';
import { Button, Table, Tag, Timeline, Typography } from 'antd';
import type { PetitionDetail } from '../../domain/petitionDetail';
import { formatDateTime } from '../../domain/dates';
import { CHANNEL_LABELS, type Channel, type PetitionStatus, type Reception } from '../../domain/types';
import { eventLabel } from './case/caseActionModel';
import { formatFileSize } from '../../ui/fileSize';
import { useDownloadAttachment } from './useDownloadAttachment';

/** 接待记录: every contact, the first one and each 重复访 linked later. */
export function ReceptionsTable({ detail }: { detail: PetitionDetail }) {
  const names = new Map(detail.petitioners.map((p) => [p.id, p.name]));
  return (
    <Table<Reception>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={detail.receptions}
      columns={[
        { title: '接待时间', key: 'at', width: 150, render: (_, r) => formatDateTime(r.receivedAt) },
        {
          title: '渠道',
          dataIndex: 'channel',
          key: 'channel',
          width: 100,
          render: (channel: Channel) => CHANNEL_LABELS[channel],
        },
        { title: '人数', dataIndex: 'headcount', key: 'headcount', width: 70, align: 'right' },
        {
          title: '信访人',
          key: 'people',
          render: (_, r) =>
            r.petitionerIds
              .map((id) => names.get(id) ?? '')
              .filter(Boolean)
              .join('、'),
        },
        { title: '接待人', dataIndex: 'receivingOfficer', key: 'officer', width: 100 },
        { title: '本次反映', dataIndex: 'note', key: 'note', ellipsis: true },
        {
          title: '类型',
          key: 'repeat',
          width: 90,
          render: (_, r) => (r.isRepeat ? <Tag color="orange">重复访</Tag> : <Tag>首次</Tag>),
        },
      ]}
    />
  );
}

/** 附件; a confidential case's material is as identifying as its people, so without the grant it is not offered. */
export function AttachmentsList({ detail }: { detail: PetitionDetail }) {
  const download = useDownloadAttachment();
  if (detail.attachments.length === 0) return <Typography.Text type="secondary">无附件</Typography.Text>;
  const withheld = detail.identityHidden;
  return (
    <ul className="desk-attachments">
      {withheld && (
        <li>
          <Typography.Text type="secondary">本事项保密：附件仅限有权限的账号下载</Typography.Text>
        </li>
      )}
      {detail.attachments.map((a) => (
        <li key={a.id}>
          <PaperClipOutlined />
          <span className="desk-attachment-name">{a.name}</span>
          <Typography.Text type="secondary">
            {formatFileSize(a.size)} · {formatDateTime(a.createdAt)}
          </Typography.Text>
          <Button
            type="link"
            size="small"
            icon={<DownloadOutlined />}
            disabled={withheld}
            onClick={() => void download(a)}
            aria-label={`下载 ${a.name}`}
          >
            下载
          </Button>
        </li>
      ))}
    </ul>
  );
}

/** The status tag's colour: blue while the office acts, green once done, grey when the matter left, purple in review. */
export const STATUS_COLORS: Record<PetitionStatus, string> = {
  registered: 'blue',
  accepted: 'blue',
  assigned: 'blue',
  inProgress: 'blue',
  replied: 'cyan',
  followedUp: 'cyan',
  closed: 'green',
  final: 'green',
  rejected: 'default',
  forwarded: 'default',
  reviewRequested: 'purple',
  reviewed: 'purple',
  recheckRequested: 'purple',
  voided: 'red',
};

/** 办理记录: the case timeline, oldest first; each event says what was done, when and by whom. */
export function CaseTimeline({ detail }: { detail: PetitionDetail }) {
  if (detail.events.length === 0) return <Typography.Text type="secondary">暂无办理记录</Typography.Text>;
  return (
    <Timeline
      items={detail.events.map((e) => ({
        key: e.id,
        content: (
          <div data-testid="timeline-event" data-type={e.type}>
            {/* The kind of step, unless the text already opens with it (受理，… / 办理记录：…). */}
            {!e.text.startsWith(eventLabel(e.type)) && <Tag>{eventLabel(e.type)}</Tag>}
            <Typography.Text strong style={{ whiteSpace: 'pre-wrap' }}>
              {e.text}
            </Typography.Text>
            <div>
              <Typography.Text type="secondary">
                {formatDateTime(e.at)} · 经办人：{e.actor || '（未记录）'}
              </Typography.Text>
            </div>
          </div>
        ),
      }))}
    />
  );
}
