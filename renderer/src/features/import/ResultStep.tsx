import { Button, Result } from 'antd';
import { importResultMessage, type ImportResult } from '../../domain/import/importPlan';

/** 完成: 「已导入N件」 with the skipped and flagged counts, and 「撤销本次导入」 while the day lasts. */
export interface ResultStepProps {
  result: ImportResult;
  undone: boolean;
  undoing: boolean;
  onUndo(): void;
}

export function ResultStep({ result, undone, undoing, onUndo }: ResultStepProps) {
  if (undone) return <Result status="info" title="已撤销本次导入" subTitle="本次导入的信访事项已全部删除" />;
  return (
    <Result
      status="success"
      title={<span data-testid="import-result">{importResultMessage(result)}</span>}
      subTitle="当天可在信访台账的「导入记录」中撤销本次导入"
      extra={
        <Button danger loading={undoing} onClick={onUndo}>
          撤销本次导入
        </Button>
      }
    />
  );
}
