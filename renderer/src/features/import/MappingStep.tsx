import { Card, Select, Space, Table, Tag, Typography } from 'antd';
import { cellText } from '../../domain/import/cells';
import { columnName, type ColumnMapping } from '../../domain/import/columnMapping';
import { IMPORT_FIELD_KEYS, IMPORT_FIELDS, type ImportField } from '../../domain/import/importFields';
import type { SheetSummary } from '../../documents/import/parseImport';
import { SELECT_SEARCH } from '../../ui/selectSearch';

/**
 * 核对列: for each table found, every column with its header and sample values and the field it goes to, suggested
 * from the header words or from a saved preset; the clerk confirms or changes each. A field is taken by one column:
 * choosing it for another column frees the first.
 */
export interface MappingStepProps {
  sheets: readonly SheetSummary[];
  mappings: readonly ColumnMapping[];
  /** Sheets whose mapping came from a preset saved before. */
  fromPreset: readonly boolean[];
  sheetsWithoutTable: readonly string[];
  onChange(sheetIndex: number, mapping: ColumnMapping): void;
}

const FIELD_OPTIONS = [
  { value: '', label: '（不导入）' },
  ...IMPORT_FIELD_KEYS.map((field) => ({ value: field, label: IMPORT_FIELDS[field].label })),
];

function withField(mapping: ColumnMapping, column: number, field: ImportField | null): ColumnMapping {
  return mapping.map((current, c) => (c === column ? field : field !== null && current === field ? null : current));
}

const SKIP_LABELS = { blank: '空行', header: '重复表头', total: '合计/小计', note: '标题或说明' } as const;

function SheetMapping({
  sheet,
  mapping,
  fromPreset,
  onChange,
}: {
  sheet: SheetSummary;
  mapping: ColumnMapping;
  fromPreset: boolean;
  onChange(mapping: ColumnMapping): void;
}) {
  const columns = sheet.headers.map((header, column) => ({ column, header }));
  const skipped = (Object.keys(SKIP_LABELS) as (keyof typeof SKIP_LABELS)[]).filter((k) => sheet.skipped[k] > 0);
  return (
    <Card
      size="small"
      title={`工作表「${sheet.sheetName}」`}
      extra={
        <Space size={4} wrap>
          {fromPreset && <Tag color="blue">已套用保存的对应关系</Tag>}
          <Tag>{sheet.year ? `${sheet.year}年` : '未找到年份'}</Tag>
          <Tag>表头在第{sheet.headerRowNumber}行</Tag>
          <Tag color="green" data-testid="sheet-row-count">
            {sheet.rowCount}行数据
          </Tag>
        </Space>
      }
      style={{ marginBottom: 12 }}
    >
      {skipped.length > 0 && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }} data-testid="sheet-skipped">
          已跳过：{skipped.map((k) => `${SKIP_LABELS[k]}${sheet.skipped[k]}行`).join('，')}
        </Typography.Paragraph>
      )}
      <Table
        size="small"
        rowKey="column"
        pagination={false}
        dataSource={columns}
        columns={[
          { title: '列', key: 'letter', width: 48, render: (_, { column }) => columnName(column) },
          { title: '表头', dataIndex: 'header', width: 150, ellipsis: true },
          {
            title: '示例',
            key: 'samples',
            ellipsis: true,
            render: (_, { column }) =>
              sheet.samples
                .map((row) => cellText(row[column]))
                .filter((t) => t !== '')
                .join(' ｜ '),
          },
          {
            title: '导入为',
            key: 'field',
            width: 170,
            render: (_, { column, header }) => (
              <Select
                size="small"
                style={{ width: 150 }}
                aria-label={`第${columnName(column)}列「${header}」导入为`}
                options={FIELD_OPTIONS}
                // Typed to (「反映」 or its pinyin) then Enter; every option rendered, the list is short.
                showSearch={SELECT_SEARCH}
                virtual={false}
                value={mapping[column] ?? ''}
                onChange={(value: string) =>
                  onChange(withField(mapping, column, value === '' ? null : (value as ImportField)))
                }
              />
            ),
          },
        ]}
      />
    </Card>
  );
}

export function MappingStep({ sheets, mappings, fromPreset, sheetsWithoutTable, onChange }: MappingStepProps) {
  return (
    <div>
      {sheetsWithoutTable.length > 0 && (
        <Typography.Paragraph type="secondary">
          以下工作表没有找到台账表格，不导入：{sheetsWithoutTable.join('、')}
        </Typography.Paragraph>
      )}
      {sheets.map((sheet) => (
        <SheetMapping
          key={sheet.index}
          sheet={sheet}
          mapping={mappings[sheet.index] ?? []}
          fromPreset={fromPreset[sheet.index] ?? false}
          onChange={(mapping) => onChange(sheet.index, mapping)}
        />
      ))}
    </div>
  );
}
