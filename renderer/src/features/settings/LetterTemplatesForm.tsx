import { Alert, Button, Col, Flex, Form, Input, Row, Select, Tooltip, Typography } from 'antd';
import { useRef, useState, type SyntheticEvent } from 'react';
import { useReferenceData } from '../../services/ReferenceData';
import { DOC_KINDS } from '../../domain/docNo';
import {
  DEFAULT_LETTER_TEMPLATES,
  LETTER_KINDS,
  PLACEHOLDERS,
  TEMPLATE_PARTS,
  validateTemplate,
  type LetterKind,
  type TemplatePart,
  type TemplatePartSpec,
} from '../../domain/letterTemplates';
import { useSettingsSave } from './useSettingsSave';

type TemplateTexts = Record<string, string>;
type Drafts = Record<LetterKind, TemplateTexts>;

const partsOf = (kind: LetterKind) => Object.entries(TEMPLATE_PARTS[kind]) as [TemplatePart, TemplatePartSpec][];
const sameTexts = (a: TemplateTexts, b: TemplateTexts) => Object.keys(b).every((part) => a[part] === b[part]);

/**
 * 文书模板: the wording of each letter, part by part, with the placeholders a part may use beside it (a click inserts
 * one where the cursor was) and validateTemplate's findings under the field as the clerk types.
 */
export function LetterTemplatesForm() {
  const { settings } = useReferenceData();
  const { saving, error, save, refuse } = useSettingsSave();
  const [kind, setKind] = useState<LetterKind>('acceptanceNotice');
  // Every kind keeps its draft while another is shown, so switching kinds loses nothing typed.
  const [drafts, setDrafts] = useState<Drafts>(
    () =>
      Object.fromEntries(
        LETTER_KINDS.map((k): [LetterKind, TemplateTexts] => [
          k,
          { ...(settings.letterTemplates[k] ?? DEFAULT_LETTER_TEMPLATES[k]) },
        ]),
      ) as Drafts,
  );
  const cursors = useRef<Record<string, number>>({});

  const draft = drafts[kind];
  const errorsOf = (part: TemplatePart) => validateTemplate(kind, draft[part] ?? '', part);
  const problems = partsOf(kind).flatMap(([part, spec]) =>
    errorsOf(part).map((message) => `${spec.label}：${message}`),
  );
  const setText = (part: TemplatePart, text: string) =>
    setDrafts((current) => ({ ...current, [kind]: { ...current[kind], [part]: text } }));

  const rememberCursor = (part: TemplatePart) => (event: SyntheticEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    cursors.current[`${kind}.${part}`] = event.currentTarget.selectionStart ?? event.currentTarget.value.length;
  };
  const insert = (part: TemplatePart, name: string) => {
    const text = draft[part] ?? '';
    const at = Math.min(cursors.current[`${kind}.${part}`] ?? text.length, text.length);
    const token = `{${name}}`;
    setText(part, text.slice(0, at) + token + text.slice(at));
    cursors.current[`${kind}.${part}`] = at + token.length;
  };

  const submit = () => {
    if (problems.length > 0) return refuse(problems);
    const isDefault = sameTexts(draft, DEFAULT_LETTER_TEMPLATES[kind]);
    // The default wording is not stored, so a kind left at it follows the app's wording.
    const { [kind]: _replaced, ...others } = settings.letterTemplates;
    void save(
      { letterTemplates: isDefault ? others : { ...others, [kind]: draft } },
      `${DOC_KINDS[kind].label}模板已保存`,
    );
  };

  return (
    <Form layout="vertical" onFinish={submit}>
      <Form.Item label="文书种类" htmlFor="letterTemplateKind">
        <Select<LetterKind>
          id="letterTemplateKind"
          value={kind}
          style={{ width: 280 }}
          options={LETTER_KINDS.map((k) => ({ value: k, label: DOC_KINDS[k].label }))}
          onChange={setKind}
        />
      </Form.Item>
      {partsOf(kind).map(([part, spec]) => {
        const id = `letterTemplate-${kind}-${part}`;
        const errors = errorsOf(part);
        const common = {
          id,
          value: draft[part] ?? '',
          onSelect: rememberCursor(part),
          onKeyUp: rememberCursor(part),
          onClick: rememberCursor(part),
        };
        return (
          <Row key={`${kind}.${part}`} gutter={16}>
            <Col xs={24} lg={16}>
              <Form.Item
                label={spec.label}
                htmlFor={id}
                validateStatus={errors.length > 0 ? 'error' : undefined}
                help={
                  errors.length > 0
                    ? errors.map((message) => <div key={message}>{message}</div>)
                    : spec.multiline
                      ? '每行为一段'
                      : undefined
                }
              >
                {spec.multiline ? (
                  <Input.TextArea
                    {...common}
                    autoSize={{ minRows: 3, maxRows: 16 }}
                    onChange={(event) => setText(part, event.target.value)}
                  />
                ) : (
                  <Input {...common} onChange={(event) => setText(part, event.target.value)} />
                )}
              </Form.Item>
            </Col>
            <Col xs={24} lg={8}>
              <PlaceholderList spec={spec} label={spec.label} onInsert={(name) => insert(part, name)} />
            </Col>
          </Row>
        );
      })}
      {error && <Alert type="error" showIcon title={`保存失败：${error}`} style={{ marginBottom: 16 }} />}
      <Flex gap={8}>
        <Button type="primary" htmlType="submit" loading={saving}>
          保存模板
        </Button>
        <Button onClick={() => setDrafts((current) => ({ ...current, [kind]: { ...DEFAULT_LETTER_TEMPLATES[kind] } }))}>
          恢复默认
        </Button>
        <Typography.Text type="secondary" style={{ alignSelf: 'center' }}>
          恢复默认后需保存才生效
        </Typography.Text>
      </Flex>
    </Form>
  );
}

function PlaceholderList({
  spec,
  label,
  onInsert,
}: {
  spec: TemplatePartSpec;
  label: string;
  onInsert: (name: string) => void;
}) {
  if (spec.placeholders.length === 0) {
    return <Typography.Text type="secondary">{label}不使用占位符</Typography.Text>;
  }
  return (
    <div role="group" aria-label={`${label}可用的占位符`} style={{ marginTop: 30, marginBottom: 16 }}>
      <Typography.Text type="secondary">可用的占位符（点击插入，带*的必须使用）：</Typography.Text>
      <Flex wrap gap={4} style={{ marginTop: 4 }}>
        {spec.placeholders.map((name) => (
          <Tooltip key={name} title={PLACEHOLDERS[name]}>
            <Button size="small" onClick={() => onInsert(name)}>
              {`{${name}}${spec.required.includes(name) ? '*' : ''}`}
            </Button>
          </Tooltip>
        ))}
      </Flex>
    </div>
  );
}
