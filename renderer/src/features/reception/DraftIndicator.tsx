import { CheckCircleOutlined, ExclamationCircleOutlined, HistoryOutlined, LoadingOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import type { DraftStatus } from './useRegistrationDraft';

function content(status: DraftStatus) {
  switch (status.state) {
    case 'empty':
      return null;
    case 'restored':
      return (
        <Typography.Text type="secondary">
          <HistoryOutlined /> 已恢复上次未保存的草稿
        </Typography.Text>
      );
    case 'saving':
      return (
        <Typography.Text type="secondary">
          <LoadingOutlined /> 正在保存草稿…
        </Typography.Text>
      );
    case 'saved':
      return (
        <Typography.Text type="secondary">
          <CheckCircleOutlined /> 草稿已保存 {status.at}
        </Typography.Text>
      );
    case 'failed':
      return (
        <Typography.Text type="danger">
          <ExclamationCircleOutlined /> {status.message}
        </Typography.Text>
      );
  }
}

/** A quiet line beside the save button telling the clerk the draft is safe (tests read it as data-testid draft-status). */
export function DraftIndicator({ status }: { status: DraftStatus }) {
  return (
    <span role="status" data-testid="draft-status" data-state={status.state}>
      {content(status)}
    </span>
  );
}
