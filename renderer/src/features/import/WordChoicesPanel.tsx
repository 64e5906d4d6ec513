import { Button, Table, Tag, TreeSelect, Typography } from 'antd';
import { useMemo } from 'react';
import { TREE_SEARCH } from '../../ui/selectSearch';
import { toTreeOptions, type TreeRecord } from '../../ui/tree';
import type { WordChoice } from '../../domain/import/wordChoices';

/**
 * 问题类别对应 and 单位对应: the file's own words, each with the desk's category or unit it goes to. The clerk edits
 * the table once; the next import remembers it. Near unit names are marked until confirmed.
 */
export interface WordChoicesPanelProps {
  title: string;
  choices: readonly WordChoice[];
  records: readonly TreeRecord[];
  onChoose(key: string, id: string | null): void;
  onConfirmAll?(): void;
}

export function WordChoicesPanel({ title, choices, records, onChoose, onConfirmAll }: WordChoicesPanelProps) {
  const options = useMemo(() => toTreeOptions(records), [records]);
  const open = choices.filter((c) => c.open).length;
  if (choices.length === 0) return null;
  return (
    <div>
      <Typography.Text strong>{title}</Typography.Text>
      {open > 0 && onConfirmAll && (
        <Button size="small" style={{ marginLeft: 12 }} onClick={onConfirmAll}>
          确认全部{open}个相近名称
        </Button>
      )}
      <Table
        size="small"
        rowKey="key"
        dataSource={choices}
        pagination={choices.length > 8 ? { pageSize: 8, size: 'small' } : false}
        columns={[
          { title: '文件中的写法', dataIndex: 'word', ellipsis: true },
          {
            title: '对应为',
            key: 'id',
            width: 300,
            render: (_, choice) => (
              <span>
                <TreeSelect
                  size="small"
                  allowClear
                  showSearch={TREE_SEARCH}
                  style={{ width: 220 }}
                  placeholder="（不对应）"
                  aria-label={`「${choice.word}」对应为`}
                  treeData={options}
                  value={choice.id ?? undefined}
                  onChange={(value: string | undefined) => onChoose(choice.key, value ?? null)}
                />
                {choice.open && (
                  <>
                    <Tag color="orange" style={{ marginLeft: 6 }}>
                      名称相近
                    </Tag>
                    <Button type="link" size="small" onClick={() => onChoose(choice.key, choice.id)}>
                      确认
                    </Button>
                  </>
                )}
              </span>
            ),
          },
        ]}
      />
    </div>
  );
}
