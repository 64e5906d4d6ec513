import { DownOutlined, FileExcelOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Progress, Space, Typography } from 'antd';
import { useState } from 'react';
import { useReferenceData } from '../../services/ReferenceData';
import type { LedgerQuery, LedgerRow } from '../../domain/ledgerQuery';
import { useOpenSavedFile } from '../petition/useOpenSavedFile';
import { exportLedger, type ExportPhase } from './exportLedger';
import { exportPercent, PHASE_LABELS } from './exportProgress';
import { filteredLedgerRows } from './filteredLedgerRows';
import { errorText } from '../../db/errors';

interface ExportProgress {
  phase: ExportPhase;
  percent: number;
}

/**
 * 导出Excel: the ledger as currently filtered and sorted, every page of it. ID numbers and phones are left out; the
 * menu offers a copy with them, only after the clerk confirms, and that file is marked 含个人信息.
 */
export function ExportLedgerButton({ rows, query }: { rows: readonly LedgerRow[] | null; query: LedgerQuery }) {
  const { message, modal } = App.useApp();
  const { categories, units } = useReferenceData();
  const openSaved = useOpenSavedFile();
  const [progress, setProgress] = useState<ExportProgress | null>(null);

  const run = async (includePersonalInfo: boolean) => {
    if (!rows) return;
    const matching = filteredLedgerRows(rows, query);
    if (matching.length === 0) {
      message.warning('当前筛选条件下没有信访事项可导出');
      return;
    }
    setProgress({ phase: includePersonalInfo ? 'contacts' : 'rows', percent: 0 });
    try {
      const result = await exportLedger({
        rows: matching,
        categories,
        units,
        includePersonalInfo,
        onProgress: (phase, done, total) =>
          setProgress({ phase, percent: exportPercent(phase, done, total, includePersonalInfo) }),
      });
      if (result.saved) openSaved(result.path, `信访台账（${matching.length} 件）`);
    } catch (error) {
      message.error(`导出台账失败：${errorText(error)}`);
    } finally {
      setProgress(null);
    }
  };

  const confirmPersonalInfo = () => {
    modal.confirm({
      title: '导出含身份证号和联系电话的台账？',
      content:
        '文件将包含信访人的身份证号、联系电话以及检举控告人的姓名，文件名和工作表标注“含个人信息”。该文件仅供信访办内部使用，请妥善保管，不得外传。',
      okText: '确认导出',
      cancelText: '取消',
      onOk: () => {
        void run(true);
      },
    });
  };

  const busy = progress !== null;
  return (
    <div className="desk-page-actions">
      <Space>
        {progress && (
          <Space size={8} aria-live="polite" data-testid="export-progress">
            <Typography.Text type="secondary">{PHASE_LABELS[progress.phase]}</Typography.Text>
            <Progress percent={progress.percent} size="small" style={{ width: 140, margin: 0 }} />
          </Space>
        )}
        <Space.Compact>
          <Button icon={<FileExcelOutlined />} loading={busy} disabled={!rows} onClick={() => void run(false)}>
            导出Excel
          </Button>
          <Dropdown
            disabled={!rows || busy}
            trigger={['click']}
            menu={{ items: [{ key: 'personal', label: '导出含身份证号和电话…' }], onClick: confirmPersonalInfo }}
          >
            <Button icon={<DownOutlined />} aria-label="更多导出方式" />
          </Dropdown>
        </Space.Compact>
      </Space>
    </div>
  );
}
