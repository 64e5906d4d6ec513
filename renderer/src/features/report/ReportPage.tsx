import {
  CheckCircleOutlined,
  ExclamationCircleOutlined,
  EyeOutlined,
  FileDoneOutlined,
  LoadingOutlined,
} from '@ant-design/icons';
import { Alert, App, Button, Input, Modal, Radio, Select, Space, Spin, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { now } from '../../services/clock';
import { useReferenceData } from '../../services/ReferenceData';
import { errorText } from '../../db/errors';
import { unfinishedSections, type ReportRecord } from '../../db/reports';
import { toLocalDate } from '../../domain/dates';
import { checkDocNoPrefix, parseDocNo } from '../../domain/docNo';
import { toBytes } from '../../documents/gbStyle';
import { buildReport, reportTitle } from '../../documents/report/buildReport';
import { parsePeriodKey, periodKey, quarterName, reportPeriodContaining } from '../../documents/report/period';
import { hasIdentityNumbers } from '../../domain/access/scrubIdentity';
import type { ReportPeriod } from '../../domain/reportDraft';
import { platform } from '../../platform';
import { safeFileName } from '../../ui/fileName';
import { PageHeader } from '../../ui/PageHeader';
import { LetterPreview } from '../petition/documents/LetterPreview';
import { renderReportCharts } from './reportCharts';
import type { scopeOptions } from '../../ui/scopeOptions';
import { scopeNames, useStatisticsScope } from './reportScope';
import { ReportHistory } from './ReportHistory';
import { ReportSections } from './ReportSections';
import { useReport, type SaveState } from './useReport';
import { listIssuedReports } from '../../services/data/reports';

const WORD = [{ name: 'Word 文档', extensions: ['docx'] }];
const messageOf = errorText;

function SaveIndicator({ save }: { save: SaveState }) {
  const text = {
    idle: null,
    saving: (
      <>
        <LoadingOutlined /> 保存中…
      </>
    ),
    saved: (
      <>
        <CheckCircleOutlined /> 已保存{save.state === 'saved' ? ` ${save.at}` : ''}
      </>
    ),
    failed: (
      <>
        <ExclamationCircleOutlined /> {save.state === 'failed' ? save.message : ''}
      </>
    ),
  }[save.state];
  return (
    <Typography.Text
      type={save.state === 'failed' ? 'danger' : 'secondary'}
      role="status"
      data-testid="report-save-status"
      data-state={save.state}
    >
      {text}
    </Typography.Text>
  );
}

/**
 * 季度报告: choose the quarter (or year) and scope, finish the drafted report, preview it and issue the .docx. A
 * 党支部书记's scope is its branch, fixed (useStatisticsScope).
 */
export function ReportPage() {
  const [params] = useSearchParams();
  const scope = useStatisticsScope(params.get('scope'));
  if (scope.status === 'loading') return <Spin description="正在读取党支部…" />;
  if (scope.status === 'refused') return <Alert type="error" showIcon title={scope.message} />;
  return <ReportEditor scopeKey={scope.scopeKey} options={scope.options} fixed={scope.fixed} />;
}

function ReportEditor({
  scopeKey,
  options,
  fixed,
}: {
  scopeKey: string;
  options: ReturnType<typeof scopeOptions>;
  fixed: boolean;
}) {
  const { message } = App.useApp();
  const { settings, units } = useReferenceData();
  const [params, setParams] = useSearchParams();
  const kind = params.get('kind') === 'year' ? 'year' : 'quarter';
  const period: ReportPeriod = useMemo(() => {
    const parsed = parsePeriodKey(params.get('period') ?? '');
    return parsed && parsed.kind === kind ? parsed : reportPeriodContaining(kind, toLocalDate(now()));
  }, [kind, params]);
  const { scopeName, issuer } = scopeNames(scopeKey, units, settings.orgName);
  const report = useReport(period, scopeKey, scopeName);
  const [history, setHistory] = useState<ReportRecord[]>([]);
  const [prefix, setPrefix] = useState<string | null>(null);
  const [busy, setBusy] = useState<'preview' | 'issue' | null>(null);
  const [preview, setPreview] = useState<Uint8Array | null>(null);
  const [error, setError] = useState<string | null>(null);

  const select = (next: { kind?: string; period?: string; scope?: string }) => {
    const merged = { kind, period: periodKey(period), scope: scopeKey, ...next };
    setParams(merged, { replace: true });
  };

  const [historyVersion, setHistoryVersion] = useState(0);
  useEffect(() => {
    let cancelled = false;
    listIssuedReports(scopeKey).then(
      (list) => {
        if (cancelled) return;
        setHistory(list);
        // The 代字 last used for a report is offered again; an office that numbers no reports leaves it empty.
        setPrefix(
          (current) => current ?? (list.map((r) => (r.docNo ? parseDocNo(r.docNo)?.prefix : null)).find(Boolean) || ''),
        );
      },
      (reason: unknown) => {
        if (!cancelled) setError(`读取报告历史失败：${messageOf(reason)}`);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [scopeKey, historyVersion]);

  const year = now().getFullYear();
  const years = Array.from({ length: 6 }, (_, i) => year - i);
  const title = reportTitle(scopeName, period, issuer);
  const prefixProblem = prefix?.trim() ? checkDocNoPrefix(prefix) : null;
  const ready =
    report.loaded.status === 'ready' && report.content
      ? { figures: report.loaded.figures, drafted: report.loaded.drafted, content: report.content }
      : null;
  const missing = report.content ? unfinishedSections(report.content) : [];
  const identifiers = report.content
    ? [...Object.values(report.content.paragraphs).flat(), report.content.analysis, report.content.measures].some((t) =>
        hasIdentityNumbers(t),
      )
    : false;

  const build = async (docNo: string | null) => {
    if (!ready) throw new Error('报告草稿尚未生成');
    const charts = renderReportCharts(ready.figures);
    const { paragraphs, analysis, measures } = ready.content;
    return toBytes(
      buildReport({
        figures: ready.figures,
        scopeName,
        issuer,
        addressee: settings.reportAddressee,
        date: toLocalDate(now()),
        docNo,
        paragraphs,
        analysis,
        measures,
        charts,
      }),
    );
  };

  const showPreview = async () => {
    setBusy('preview');
    setError(null);
    try {
      setPreview(await build(null));
    } catch (reason) {
      setError(`生成预览失败：${messageOf(reason)}`);
    } finally {
      setBusy(null);
    }
  };

  const saveFile = async (record: ReportRecord) => {
    if (!record.bytes) return;
    try {
      const result = await platform.saveFile({
        suggestedName: safeFileName(record.fileName ?? `${title}.docx`),
        bytes: new Uint8Array(record.bytes),
        filters: WORD,
      });
      if (result.saved) message.success(`报告已保存：${result.path}`);
    } catch (reason) {
      message.error(`保存报告失败：${messageOf(reason)}`);
    }
  };

  const issue = async () => {
    if (!report.content) return;
    setBusy('issue');
    setError(null);
    try {
      const issuedAt = now();
      const record = await report.issue(
        {
          prefix: prefix?.trim() || null,
          year: issuedAt.getFullYear(),
          build,
          fileName: (docNo) => `${title}${docNo ? `（${docNo}）` : ''}.docx`,
          now: issuedAt,
        },
        report.content,
      );
      setPreview(null);
      setHistoryVersion((v) => v + 1);
      message.success(`已出具${record.docNo ? ` ${record.docNo}` : ''}（第${record.version}版）`);
      await saveFile(record);
    } catch (reason) {
      setError(`出具报告失败：${messageOf(reason)}`);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div>
      <PageHeader title="季度报告">
        <Typography.Text type="secondary">
          信访工作研判分析报告：一至四部分由系统依据台账起草，五、六部分由支部填写
        </Typography.Text>
      </PageHeader>
      <Space wrap style={{ marginBottom: 16 }}>
        <Radio.Group
          aria-label="报告类型"
          optionType="button"
          value={kind}
          onChange={(e) =>
            select({
              kind: e.target.value as string,
              period: periodKey(
                reportPeriodContaining(e.target.value === 'year' ? 'year' : 'quarter', toLocalDate(now())),
              ),
            })
          }
          options={[
            { value: 'quarter', label: '季度报告' },
            { value: 'year', label: '年度报告' },
          ]}
        />
        <Select
          aria-label="年份"
          data-testid="report-year"
          style={{ width: 110 }}
          value={period.year}
          options={years.map((y) => ({ value: y, label: `${y}年` }))}
          onChange={(y: number) =>
            select({
              period: periodKey(period.kind === 'quarter' ? { ...period, year: y } : { kind: 'year', year: y }),
            })
          }
        />
        {period.kind === 'quarter' && (
          <Select
            aria-label="季度"
            data-testid="report-quarter"
            style={{ width: 120 }}
            value={period.quarter}
            options={[1, 2, 3, 4].map((q) => ({ value: q, label: quarterName(q) }))}
            onChange={(q: number) => select({ period: periodKey({ ...period, quarter: q }) })}
          />
        )}
        <Select
          aria-label="报告范围"
          data-testid="report-scope"
          style={{ width: 240 }}
          showSearch={{ optionFilterProp: 'label' }}
          value={scopeKey}
          options={options}
          disabled={fixed}
          onChange={(scope: string) => select({ scope })}
        />
      </Space>

      <Typography.Title level={4} data-testid="report-title">
        {title}
      </Typography.Title>
      {report.loaded.status === 'loading' && <Spin description="正在依据台账起草…" />}
      {report.loaded.status === 'failed' && <Alert type="error" showIcon title={report.loaded.message} />}
      {ready && (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <ReportSections content={ready.content} drafted={ready.drafted} onChange={report.change} />
          {identifiers && <Alert type="warning" showIcon title="正文中含有身份证号或电话号码，出具时将自动隐去" />}
          {missing.length > 0 && <Alert type="info" showIcon title={`出具前请填写：${missing.join('、')}`} />}
          {error && <Alert type="error" showIcon title={error} data-testid="report-error" />}
          <Space wrap>
            <Input
              aria-label="文号代字"
              placeholder="文号代字（不编文号请留空）"
              style={{ width: 240 }}
              value={prefix ?? ''}
              status={prefixProblem ? 'error' : undefined}
              onChange={(e) => setPrefix(e.target.value)}
            />
            <Button
              icon={<EyeOutlined />}
              loading={busy === 'preview'}
              disabled={busy !== null}
              onClick={() => void showPreview()}
              data-testid="report-preview"
            >
              预览
            </Button>
            <Button
              type="primary"
              icon={<FileDoneOutlined />}
              loading={busy === 'issue'}
              disabled={busy !== null || missing.length > 0 || prefixProblem !== null}
              onClick={() => void issue()}
              data-testid="report-issue"
            >
              出具
            </Button>
            <SaveIndicator save={report.save} />
          </Space>
          {prefixProblem && <Typography.Text type="danger">{prefixProblem}</Typography.Text>}
          <ReportHistory reports={history} onSave={(r) => void saveFile(r)} />
        </Space>
      )}
      {preview && (
        <Modal open width={960} title={`预览：${title}`} footer={null} onCancel={() => setPreview(null)}>
          <LetterPreview bytes={preview} />
        </Modal>
      )}
    </div>
  );
}
