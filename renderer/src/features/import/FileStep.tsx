import { InboxOutlined } from '@ant-design/icons';
import { Alert, Progress, Typography, Upload } from 'antd';
import { IMPORT_EXTENSIONS } from '../../documents/import/readWorkbook';

/**
 * 选择文件: an old ledger chosen with the file picker or dropped here (the same file input in the browser and the
 * desktop app; nothing is uploaded anywhere), then read in the import's worker with its progress shown.
 */
export interface FileStepProps {
  busy: boolean;
  /** 0–100 while the file is read, else null. */
  percent: number | null;
  error: string | null;
  onFile(file: File): void;
}

export function FileStep({ busy, percent, error, onFile }: FileStepProps) {
  return (
    <div>
      <Upload.Dragger
        accept={IMPORT_EXTENSIONS.join(',')}
        multiple={false}
        showUploadList={false}
        disabled={busy}
        beforeUpload={(file) => {
          onFile(file);
          return Upload.LIST_IGNORE;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">点击选择或拖入Excel台账文件</p>
        <p className="ant-upload-hint">
          支持 .xlsx、.xls（Excel 97–2003）和 .csv（UTF-8 或 GBK 编码）；文件只在本机读取
        </p>
      </Upload.Dragger>
      {percent !== null && (
        <div style={{ marginTop: 16 }} aria-live="polite" data-testid="import-progress">
          <Typography.Text type="secondary">正在读取文件…</Typography.Text>
          <Progress percent={percent} size="small" />
        </div>
      )}
      {error && <Alert type="error" showIcon title={error} style={{ marginTop: 16 }} data-testid="import-file-error" />}
    </div>
  );
}
