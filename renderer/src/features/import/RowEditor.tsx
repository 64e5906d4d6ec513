import { Button, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { cellText, type CellValue } from '../../domain/import/cells';
import type { ColumnMapping } from '../../domain/import/columnMapping';
import { IMPORT_FIELDS } from '../../domain/import/importFields';

/**
 * 修改: the mapped cells of one row as text, for the clerk to correct what the file got wrong (a date without a year,
 * a missing matter); 重新读取 reads the row again from the corrected text, as the file's own rows are read.
 */
export interface RowEditorProps {
  cells: readonly CellValue[];
  mapping: ColumnMapping;
  onReread(cells: CellValue[]): void;
}

export function RowEditor({ cells, mapping, onReread }: RowEditorProps) {
  const [texts, setTexts] = useState<string[]>(() => mapping.map((_, c) => cellText(cells[c])));
  const mapped = mapping.flatMap((field, column) => (field ? [{ field, column }] : []));
  const reread = () => {
    // A cell left as it was keeps its value (an Excel date stays a date); an edited one is read from its text.
    const next = mapping.map((_, c) => (texts[c] === cellText(cells[c]) ? cells[c] : texts[c]));
    onReread(next);
  };
  return (
    <div data-testid="row-editor">
      <Space wrap size={[12, 8]} align="start">
        {mapped.map(({ field, column }) => (
          <label key={column} style={{ display: 'inline-flex', flexDirection: 'column', width: 200 }}>
            <Typography.Text type="secondary">{IMPORT_FIELDS[field].label}</Typography.Text>
            <Input
              size="small"
              value={texts[column] ?? ''}
              aria-label={`修改${IMPORT_FIELDS[field].label}`}
              onChange={(event) => setTexts((t) => t.map((v, c) => (c === column ? event.target.value : v)))}
              onPressEnter={reread}
            />
          </label>
        ))}
      </Space>
      <div style={{ marginTop: 8 }}>
        <Button size="small" type="primary" onClick={reread}>
          重新读取此行
        </Button>
      </div>
    </div>
  );
}
