import { HistoryOutlined } from '@ant-design/icons';
import { App, Button, Modal, Table, Tag } from 'antd';
import { useState } from 'react';
import { errorText } from '../../db/errors';
import { today } from '../../domain/dates';
import type { ImportBatch } from '../../domain/import/importPlan';
import { now } from '../../services/clock';
import { listImportBatches, undoImport } from '../../services/data/imports';

/**
 * 导入记录: every Excel import with its file, rows and who made it; 「撤销本次导入」 on the day of an import, so a
 * clerk who closed the dialog can still take a wrong file back out.
 */
export function ImportHistory() {
  const { message, modal } = App.useApp();
  const [batches, setBatches] = useState<ImportBatch[] | null>(null);
  const [open, setOpen] = useState(false);

  const load = async () => {
    try {
      setBatches(await listImportBatches());
    } catch (error) {
      message.error(`读取导入记录失败：${errorText(error)}`);
    }
  };

  const undo = (batch: ImportBatch) =>
    modal.confirm({
      title: `撤销导入「${batch.fileName}」？`,
      content: `本次导入的${batch.rows}件信访事项将全部删除。`,
      okText: '撤销本次导入',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        try {
          await undoImport(batch.id, now());
          message.success('已撤销本次导入');
        } catch (error) {
          message.error(`撤销失败：${errorText(error)}`);
        }
        await load();
      },
    });

  const day = today(now());
  return (
    <>
      <Button
        icon={<HistoryOutlined />}
        onClick={() => {
          setOpen(true);
          void load();
        }}
      >
        导入记录
      </Button>
      <Modal title="导入记录" open={open} onCancel={() => setOpen(false)} footer={null} width={820}>
        <Table<ImportBatch>
          size="small"
          rowKey="id"
          loading={batches === null}
          dataSource={batches ?? []}
          pagination={{ pageSize: 10 }}
          locale={{ emptyText: '还没有导入过Excel台账' }}
          columns={[
            {
              title: '导入时间',
              dataIndex: 'importedAt',
              width: 160,
              render: (at: string) => at.slice(0, 16).replace('T', ' '),
            },
            { title: '文件', dataIndex: 'fileName', ellipsis: true },
            { title: '件数', dataIndex: 'rows', width: 60 },
            { title: '跳过', dataIndex: 'skipped', width: 60 },
            { title: '导入人', dataIndex: 'importedByName', width: 90 },
            {
              title: '',
              key: 'undo',
              width: 130,
              render: (_, batch) =>
                batch.undoneAt ? (
                  <Tag>已撤销</Tag>
                ) : batch.importedAt.slice(0, 10) === day ? (
                  <Button size="small" danger onClick={() => undo(batch)}>
                    撤销本次导入
                  </Button>
                ) : null,
            },
          ]}
        />
      </Modal>
    </>
  );
}
