import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Modal, Popconfirm, Space, Tree, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { nodePath } from '../../domain/treePath';
import { toTreeOptions, type TreeRecord } from '../../ui/tree';
import { errorText } from '../../db/errors';
import { textCount } from '../../ui/textCount';

/**
 * An editable tree of named records (the unit tree, the categories): add a top-level entry, add a child, rename,
 * delete. Saving and deleting belong to the caller's repository; its refusal (e.g. "still in use") is shown as is.
 */
export interface TreeEditorProps<T extends TreeRecord> {
  records: readonly T[];
  /** What one entry is called in buttons and dialogs: '单位', '类别'. */
  noun: string;
  /** 1 = top level only; children cannot be added at this depth. */
  maxDepth?: number;
  /** Extra text after a name (e.g. a unit's 党支部). */
  describe?(record: T): string;
  onSave(record: TreeRecord & { id: string }, existing: T | null): Promise<void>;
  onDelete(record: T): Promise<void>;
}

type Editing = { mode: 'add'; parentId: string | null } | { mode: 'rename'; record: TreeRecord };

export function TreeEditor<T extends TreeRecord>({
  records,
  noun,
  maxDepth = Infinity,
  describe,
  onSave,
  onDelete,
}: TreeEditorProps<T>) {
  const { message } = App.useApp();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  // Everything starts expanded; a parent that just got its first child opens so the new entry is visible.
  const [expanded, setExpanded] = useState<string[]>(() => records.map((r) => r.id));
  const byId = useMemo(() => new Map(records.map((r) => [r.id, r])), [records]);
  const treeData = useMemo(() => toTreeOptions(records), [records]);

  const depthOf = (id: string): number => {
    let depth = 0;
    for (let r = byId.get(id); r && depth <= records.length; r = r.parentId ? byId.get(r.parentId) : undefined) depth++;
    return depth;
  };

  const open = (next: Editing) => {
    setEditing(next);
    setName(next.mode === 'rename' ? next.record.name : '');
  };

  const submit = async () => {
    if (!editing) return;
    setBusy(true);
    try {
      if (editing.mode === 'rename') {
        await onSave({ ...editing.record, name }, byId.get(editing.record.id) ?? null);
        message.success(`已重命名为“${name.trim()}”`);
      } else {
        const siblings = records.filter((r) => r.parentId === editing.parentId);
        const order = siblings.reduce((max, r) => Math.max(max, r.order), 0) + 1;
        await onSave({ id: '', parentId: editing.parentId, name, order }, null);
        const parentId = editing.parentId;
        if (parentId) setExpanded((keys) => (keys.includes(parentId) ? keys : [...keys, parentId]));
        message.success(`已添加${noun}“${name.trim()}”`);
      }
      setEditing(null);
    } catch (error) {
      message.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  const remove = async (record: T) => {
    try {
      await onDelete(record);
      setSelectedId(null);
      message.success(`已删除${noun}“${record.name}”`);
    } catch (error) {
      message.error(errorText(error));
    }
  };

  const parentName = editing?.mode === 'add' && editing.parentId ? byId.get(editing.parentId)?.name : null;

  const selected = selectedId ? (byId.get(selectedId) ?? null) : null;

  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Button icon={<PlusOutlined />} onClick={() => open({ mode: 'add', parentId: null })}>
          添加一级{noun}
        </Button>
        <Button
          icon={<PlusOutlined />}
          disabled={!selected || depthOf(selected.id) >= maxDepth}
          onClick={() => selected && open({ mode: 'add', parentId: selected.id })}
        >
          添加下级{noun}
        </Button>
        <Button
          icon={<EditOutlined />}
          disabled={!selected}
          onClick={() => selected && open({ mode: 'rename', record: selected })}
        >
          重命名
        </Button>
        <Popconfirm
          title={selected ? `删除${noun}“${selected.name}”？` : ''}
          okText="删除"
          okButtonProps={{ danger: true }}
          cancelText="取消"
          disabled={!selected}
          onConfirm={() => (selected ? remove(selected) : undefined)}
        >
          <Button danger icon={<DeleteOutlined />} disabled={!selected}>
            删除{noun}
          </Button>
        </Popconfirm>
        <Typography.Text type="secondary">
          {selected ? `已选：${nodePath(records, selected.id)}` : `先在下方选中一个${noun}`}
        </Typography.Text>
      </Space>
      <Tree
        aria-label={`${noun}列表`}
        blockNode
        showLine
        treeData={treeData}
        expandedKeys={expanded}
        onExpand={(keys) => setExpanded(keys.map(String))}
        selectedKeys={selectedId ? [selectedId] : []}
        onSelect={(keys) => setSelectedId(keys.length > 0 ? String(keys[0]) : null)}
        titleRender={(node) => {
          const record = byId.get(String(node.key));
          const extra = record ? describe?.(record) : '';
          return (
            <span>
              {String(node.title)}
              {extra && <Typography.Text type="secondary"> {extra}</Typography.Text>}
            </span>
          );
        }}
      />
      <Modal
        open={editing !== null}
        title={
          editing?.mode === 'rename'
            ? `重命名${noun}`
            : parentName
              ? `在“${parentName}”下添加${noun}`
              : `添加一级${noun}`
        }
        okText="保存"
        cancelText="取消"
        confirmLoading={busy}
        onOk={() => void submit()}
        onCancel={() => setEditing(null)}
        destroyOnHidden
      >
        <Form layout="vertical" onFinish={() => void submit()}>
          <Form.Item label={`${noun}名称`} htmlFor="tree-editor-name">
            <Input
              id="tree-editor-name"
              autoFocus
              value={name}
              count={textCount('referenceName')}
              onChange={(e) => setName(e.target.value)}
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
