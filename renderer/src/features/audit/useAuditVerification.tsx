import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Progress, Space } from 'antd';
import { useState } from 'react';
import type { AuditChainResult } from '../../domain/audit/verify';
import { errorText } from '../../db/errors';
import { verifyAuditChain } from '../../services/data/audit';

type VerifyState =
  | { step: 'idle' }
  | { step: 'running'; percent: number }
  | { step: 'done'; result: AuditChainResult }
  | { step: 'failed'; error: string };

/**
 * 核验审计链: the button, and the outcome to show under it (green with the count, or red with the first broken seq and
 * why), for the page to place.
 */
export function useAuditVerification() {
  const [state, setState] = useState<VerifyState>({ step: 'idle' });
  const run = async () => {
    setState({ step: 'running', percent: 0 });
    try {
      const result = await verifyAuditChain((checked, total) =>
        setState({ step: 'running', percent: Math.round((checked / Math.max(1, total)) * 100) }),
      );
      setState({ step: 'done', result });
    } catch (error) {
      setState({ step: 'failed', error: `核验失败：${errorText(error)}` });
    }
  };

  const button = (
    <Button icon={<SafetyCertificateOutlined />} loading={state.step === 'running'} onClick={() => void run()}>
      核验审计链
    </Button>
  );

  const outcome = (
    <div data-testid="audit-verification" aria-live="polite">
      {state.step === 'running' && (
        <Space style={{ width: '100%' }}>
          核验中
          <Progress percent={state.percent} size="small" style={{ width: 240, margin: 0 }} aria-label="核验进度" />
        </Space>
      )}
      {state.step === 'failed' && <Alert type="error" showIcon title={state.error} />}
      {state.step === 'done' && state.result.ok && (
        <Alert type="success" showIcon title={`审计链完整：共 ${state.result.count} 条记录，逐条核验无误`} />
      )}
      {state.step === 'done' && !state.result.ok && (
        <Alert
          type="error"
          showIcon
          title={`审计链在第 ${state.result.seq} 条处断开`}
          description={`${state.result.message}。此前的 ${state.result.count} 条记录核验无误；请保留现场并报告。`}
        />
      )}
    </div>
  );

  return { button, outcome };
}
