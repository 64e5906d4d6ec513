import { Alert, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { now } from '../../services/clock';
import { useReferenceData } from '../../services/ReferenceData';
import { checkDocNoPrefix, DOC_KINDS, formatDocNo, NUMBERED_DOC_KINDS, type DocKind } from '../../domain/docNo';
import { useSettingsSave } from './useSettingsSave';

type Prefixes = Partial<Record<DocKind, string>>;

/** 文号代字: one per numbered kind, each with the 文号 it prints (the first number of this year) as the clerk types. */
export function DocNoPrefixesForm() {
  const { settings } = useReferenceData();
  const { saving, error, save, refuse } = useSettingsSave();
  const [prefixes, setPrefixes] = useState<Prefixes>(() =>
    Object.fromEntries(
      NUMBERED_DOC_KINDS.map((kind) => [kind, settings.docNoPrefixes[kind] ?? DOC_KINDS[kind].defaultPrefix]),
    ),
  );
  const year = now().getFullYear();
  const problems = Object.fromEntries(
    NUMBERED_DOC_KINDS.map((kind) => [kind, checkDocNoPrefix(prefixes[kind] ?? '')]),
  ) as Record<DocKind, string | null>;
  const problemList = NUMBERED_DOC_KINDS.flatMap((kind) =>
    problems[kind] ? [`${DOC_KINDS[kind].label}：${problems[kind]}`] : [],
  );

  const submit = () => {
    if (problemList.length > 0) return refuse(problemList);
    // A 代字 left at the app's default is not stored, so the kind keeps following the default.
    const changed = NUMBERED_DOC_KINDS.flatMap((kind) => {
      const prefix = (prefixes[kind] ?? '').trim();
      return prefix === DOC_KINDS[kind].defaultPrefix ? [] : [[kind, prefix] as const];
    });
    void save({ docNoPrefixes: Object.fromEntries(changed) }, '文号代字已保存');
  };

  return (
    <Form layout="horizontal" labelCol={{ flex: '160px' }} style={{ maxWidth: 720 }} onFinish={submit}>
      <Typography.Paragraph type="secondary">
        文号格式为“代字〔年份〕序号号”，年份和序号由系统按文书种类逐年连续编排；代字如“曹矿信复”。
      </Typography.Paragraph>
      {NUMBERED_DOC_KINDS.map((kind) => {
        const id = `docNoPrefix-${kind}`;
        const problem = problems[kind];
        const prefix = prefixes[kind] ?? '';
        return (
          <Form.Item
            key={kind}
            label={DOC_KINDS[kind].label}
            htmlFor={id}
            validateStatus={problem ? 'error' : undefined}
            help={
              problem ??
              `示例：${formatDocNo(prefix, year, 1)}${kind === 'reviewOpinion' ? '。复查意见书以复查机关的名义出具，请填写复查机关的代字；各复查机关自己的代字在“复查复核机关”中设置' : ''}`
            }
          >
            <Input
              id={id}
              value={prefix}
              maxLength={32}
              style={{ width: 240 }}
              onChange={(event) => setPrefixes((current) => ({ ...current, [kind]: event.target.value }))}
            />
          </Form.Item>
        );
      })}
      {error && <Alert type="error" showIcon title={`保存失败：${error}`} style={{ marginBottom: 16 }} />}
      <Form.Item label=" " colon={false}>
        <Button type="primary" htmlType="submit" loading={saving}>
          保存文号代字
        </Button>
      </Form.Item>
    </Form>
  );
}
