import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Input, Space, Typography } from 'antd';
import {
  DRAFTED_SECTIONS,
  SECTION_TITLES,
  type DraftedParagraphs,
  type DraftedSection,
} from '../../domain/reportDraft';
import type { ReportContent } from './useReport';
import { textCount } from '../../ui/textCount';

/**
 * Sections 一–四 as drafted paragraphs, each editable, with 重新生成 per section; 五 and 六 as the branch's own text.
 * Tables and charts are drawn from the figures when the report is built, so they are not edited here.
 */
export function ReportSections({
  content,
  drafted,
  onChange,
}: {
  content: ReportContent;
  drafted: DraftedParagraphs;
  onChange: (next: ReportContent) => void;
}) {
  const editParagraph = (section: DraftedSection, index: number, text: string) => {
    const paragraphs = {
      ...content.paragraphs,
      [section]: content.paragraphs[section].map((p, i) => (i === index ? text : p)),
    };
    onChange({
      ...content,
      paragraphs,
      edited: content.edited.includes(section) ? content.edited : [...content.edited, section],
    });
  };
  const regenerate = (section: DraftedSection) =>
    onChange({
      ...content,
      paragraphs: { ...content.paragraphs, [section]: drafted[section] },
      edited: content.edited.filter((s) => s !== section),
    });

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {DRAFTED_SECTIONS.map((section) => (
        <Card
          key={section}
          size="small"
          title={SECTION_TITLES[section]}
          data-testid={`report-section-${section}`}
          extra={
            <Space>
              {content.edited.includes(section) && <Typography.Text type="secondary">已修改</Typography.Text>}
              <Button
                size="small"
                icon={<ReloadOutlined />}
                onClick={() => regenerate(section)}
                data-testid={`regenerate-${section}`}
              >
                重新生成
              </Button>
            </Space>
          }
        >
          <Space orientation="vertical" style={{ width: '100%' }}>
            {content.paragraphs[section].length === 0 && (
              <Typography.Text type="secondary">本节无数据可起草</Typography.Text>
            )}
            {content.paragraphs[section].map((text, i) => (
              <Input.TextArea
                key={i}
                aria-label={`${SECTION_TITLES[section]} 第${i + 1}段`}
                className="desk-counted"
                autoSize={{ minRows: 1, maxRows: 8 }}
                count={textCount('reportSection')}
                value={text}
                onChange={(e) => editParagraph(section, i, e.target.value)}
              />
            ))}
          </Space>
        </Card>
      ))}
      {(['analysis', 'measures'] as const).map((field) => (
        <Card key={field} size="small" title={SECTION_TITLES[field]} data-testid={`report-section-${field}`}>
          <Input.TextArea
            aria-label={SECTION_TITLES[field]}
            className="desk-counted"
            autoSize={{ minRows: 4, maxRows: 16 }}
            count={textCount('reportSection')}
            placeholder={
              field === 'analysis'
                ? '由支部填写：问题产生的原因、可能引发的风险及研判结论。以“（一）”开头的行作为小标题。'
                : '由支部填写：下一步化解、稳控和预防措施。'
            }
            value={content[field]}
            onChange={(e) => onChange({ ...content, [field]: e.target.value })}
          />
        </Card>
      ))}
    </Space>
  );
}
