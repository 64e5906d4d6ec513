import { App, Button, Typography } from 'antd';
import { useState } from 'react';
import { errorText } from '../../db/errors';
import { formatChineseDate } from '../../domain/dates';
import type { SpecialReportRecord } from '../../domain/risk/types';
import { useOpenSavedFile } from '../petition/useOpenSavedFile';
import { saveRecordedReport } from './specialReportFiles';

/**
 * The 专报 a matter or an emergency went up in — 文号, the day and to whom — each with 「重新导出」 to build the same
 * file again with its 文号 (the first one was not kept, or is lost).
 */
export function SpecialReportRecords(props: {
  records: readonly SpecialReportRecord[];
  entity: 'riskMatters' | 'emergencies';
}) {
  const { message } = App.useApp();
  const openSaved = useOpenSavedFile();
  const [busy, setBusy] = useState<string | null>(null);
  const exportAgain = async (record: SpecialReportRecord) => {
    setBusy(record.docNo);
    try {
      const result = await saveRecordedReport(record, props.entity);
      if (result.saved) openSaved(result.path, `专报 ${record.docNo}`);
    } catch (failed) {
      message.error(`重新导出专报失败：${errorText(failed)}`);
    } finally {
      setBusy(null);
    }
  };
  return (
    <>
      {props.records.map((record) => (
        <Typography.Text key={record.docNo} type="secondary" style={{ display: 'block', fontSize: 12 }}>
          已专报 {record.docNo}（{formatChineseDate(record.sentOn)}报{record.to}）
          {record.letter && (
            <Button
              type="link"
              size="small"
              aria-label={`重新导出专报 ${record.docNo}`}
              loading={busy === record.docNo}
              onClick={() => void exportAgain(record)}
            >
              重新导出
            </Button>
          )}
        </Typography.Text>
      ))}
    </>
  );
}
