import { FileExcelOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useReferenceData } from '../../services/ReferenceData';
import type { StatisticsExportInput } from '../../documents/excel/statisticsWorkbook';
import { useOpenSavedFile } from '../petition/useOpenSavedFile';
import { exportStatistics } from './exportStatistics';
import { errorText } from '../../db/errors';

export type ExportStatisticsButtonProps = Omit<StatisticsExportInput, 'categories' | 'units'>;

/** 导出统计表: the figures on screen (computeStatistics for the period and its bases) as an .xlsx. */
export function ExportStatisticsButton(props: ExportStatisticsButtonProps) {
  const { message } = App.useApp();
  const { categories, units } = useReferenceData();
  const openSaved = useOpenSavedFile();
  const [exporting, setExporting] = useState(false);

  const run = async () => {
    setExporting(true);
    try {
      const result = await exportStatistics({ ...props, categories, units });
      if (result.saved) openSaved(result.path, '统计表');
    } catch (error) {
      message.error(`导出统计表失败：${errorText(error)}`);
    } finally {
      setExporting(false);
    }
  };

  return (
    <Button icon={<FileExcelOutlined />} loading={exporting} onClick={() => void run()}>
      导出统计表
    </Button>
  );
}
