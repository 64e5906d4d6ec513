import { InboxOutlined } from '@ant-design/icons';
import { App, Form, Upload } from 'antd';
import type { UploadFile } from 'antd';
import { useReferenceData } from '../../services/ReferenceData';
import { formatFileSize } from '../../ui/fileSize';

/**
 * 附件: scans and photos chosen here stay in the form (beforeUpload returns false: nothing is sent anywhere) and are
 * written to the database with the registration. Files above the configured limit are refused at once.
 */
export function AttachmentsField() {
  const { message } = App.useApp();
  const { settings } = useReferenceData();
  const limit = settings.attachmentMaxBytes;
  return (
    <Form.Item
      label="附件"
      name="attachments"
      valuePropName="fileList"
      getValueFromEvent={(event: { fileList: UploadFile[] }) => event.fileList}
      extra={`扫描件、照片等，单个文件不超过 ${formatFileSize(limit)}`}
    >
      <Upload.Dragger
        multiple
        beforeUpload={(file) => {
          if (file.size > limit) {
            message.error(
              `附件“${file.name}”为 ${formatFileSize(file.size)}，超过 ${formatFileSize(limit)} 的上限，未添加`,
            );
            return Upload.LIST_IGNORE;
          }
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">点击或将文件拖到此处添加附件</p>
      </Upload.Dragger>
    </Form.Item>
  );
}
