import { Alert, Button, DatePicker, Form, Input, Modal, Space } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { now } from '../../../services/clock';
import { useCaseEnvironment } from '../../../services/useCaseEnvironment';
import { useReferenceData } from '../../../services/ReferenceData';
import type { PetitionDetail } from '../../../domain/petitionDetail';
import {
  buildCaseLetter,
  caseLetterSigner,
  caseLetterWarnings,
  draftFieldsFor,
  letterFileName,
  letterSourceEvent,
  needsFullIdentity,
  type CaseLetterContext,
  type CaseLetterInput,
  type DraftField,
  type LetterDraft,
} from '../../../documents/letters/fromCase';
import { DATE_FORMAT, toLocalDate } from '../../../domain/dates';
import { DOC_KINDS } from '../../../domain/docNo';
import type { LetterKind } from '../../../domain/letterTemplates';
import type { CaseEvent, IssuedDocument } from '../../../domain/types';
import { LetterPreview } from './LetterPreview';
import { useSaveDocument } from './useDocumentFiles';
import { errorText } from '../../../db/errors';
import { issueDocument, peekDocNo, reissueDocument } from '../../../services/data/documents';
import { withFullIdentity } from '../../../services/data/petition';

export type IssueRequest =
  { mode: 'issue'; kind: LetterKind } | { mode: 'reissue'; kind: LetterKind; document: IssuedDocument };

const messageOf = (reason: unknown) => errorText(reason);

/** What 生成预览 rendered: the bytes, the 文号 they carry and the draft they were built from. */
interface Preview {
  bytes: Uint8Array;
  docNo: string;
  draft: LetterDraft;
  /** A 成文日期 after a deadline or promise the letter states. */
  warnings: string[];
}

/**
 * 出具文书: the clerk checks the draft fields, sees the letter rendered from the very bytes that will be issued,
 * then 出具并保存 takes the 文号 (or keeps it, for 重新出具), stores the letter and saves it to disk. What is issued is
 * exactly what was previewed: editing the draft drops the preview, and 出具 waits for the next 生成预览.
 */
export function IssueLetterModal({
  detail,
  documents,
  request,
  onClose,
}: {
  detail: PetitionDetail;
  documents: IssuedDocument[];
  request: IssueRequest;
  onClose: () => void;
}) {
  const env = useCaseEnvironment();
  const { settings, units } = useReferenceData();
  const save = useSaveDocument();
  const [preview, setPreview] = useState<Preview | null>(null);
  /** The draft was edited after the last preview: say why 出具 is disabled. */
  const [stale, setStale] = useState(false);
  /** Counts draft edits, so a preview finishing after an edit is not taken for the edited draft's. */
  const edits = useRef(0);
  const { kind } = request;
  const label = DOC_KINDS[kind].label;

  const context = useMemo<CaseLetterContext>(
    () => ({
      env,
      orgName: settings.orgName,
      organisation: settings.organisation,
      issueDate: toLocalDate(now()),
      units,
      documents,
    }),
    [env, settings.orgName, settings.organisation, units, documents],
  );

  /**
   * The draft form and the event the letter reports, read once per opening from the case as it stands: a reissue
   * reports the event its letter named, a new letter the latest one of its kind.
   */
  const [setup] = useState(() => {
    try {
      const event = letterSourceEvent(detail, kind, request.mode === 'reissue' ? request.document : null);
      const fields = draftFieldsFor(kind, detail, context, event);
      return {
        event,
        fields,
        initial: Object.fromEntries(fields.map((f) => [f.key, f.initial])) as LetterDraft,
        error: null,
      };
    } catch (reason) {
      return {
        event: null as CaseEvent | null,
        fields: [] as DraftField[],
        initial: {} as LetterDraft,
        error: `无法出具${label}：${messageOf(reason)}`,
      };
    }
  });
  const event = setup.event ?? undefined;
  const fields = setup.fields;
  const [draft, setDraft] = useState<LetterDraft>(setup.initial);
  const [error, setError] = useState<string | null>(setup.error);
  // Letters the timeline fully supplies are previewed at once; the others once the clerk has written them.
  const autoPreview = !setup.error && setup.fields.every((f) => f.initial || f.key === 'summaryForAccused');
  const [busy, setBusy] = useState<'preview' | 'issue' | null>(autoPreview ? 'preview' : null);
  /**
   * The case the letter is built from: a 交办单 or 督办单 prints the contact's phone and address, so its people are
   * read in full once per opening, through the audited reveal; the other letters use the case page's detail.
   */
  const letterDetail = useRef<Promise<PetitionDetail> | null>(null);
  const detailForLetter = useCallback(() => {
    letterDetail.current ??= needsFullIdentity(kind)
      ? withFullIdentity(detail, now(), `出具${label}`)
      : Promise.resolve(detail);
    return letterDetail.current;
  }, [detail, kind, label]);

  /** The letter as it would be issued now: the next 文号 (or the reissued one's) and the draft as written. */
  const makePreview = useCallback(
    async (values: LetterDraft): Promise<Preview> => {
      const input: CaseLetterInput = { detail: await detailForLetter(), context, draft: values, event };
      const docNo =
        request.mode === 'reissue'
          ? (request.document.docNo ?? '')
          : ((await peekDocNo(kind, now().getFullYear(), env.seriesOf(kind, caseLetterSigner(kind, input)))) ?? '');
      return {
        bytes: await buildCaseLetter(kind, input, docNo),
        docNo,
        draft: values,
        warnings: caseLetterWarnings(kind, input),
      };
    },
    [context, detailForLetter, env, event, kind, request],
  );
  const showPreview = useCallback(
    (pending: Promise<Preview>, editsAtStart: number) =>
      pending
        .then(
          (built) => {
            const current = edits.current === editsAtStart;
            setPreview(current ? built : null);
            setStale(!current);
          },
          (reason: unknown) => {
            setPreview(null);
            setError(`无法生成${label}：${messageOf(reason)}`);
          },
        )
        .finally(() => setBusy(null)),
    [label],
  );
  const refresh = () => {
    setBusy('preview');
    setError(null);
    void showPreview(makePreview(draft), edits.current);
  };
  /** An edit makes the preview out of date: it is dropped, so 出具 can only issue a draft that was seen. */
  const edit = (key: DraftField['key'], value: string) => {
    setDraft({ ...draft, [key]: value });
    edits.current += 1;
    if (preview) {
      setPreview(null);
      setStale(true);
    }
  };

  useEffect(() => {
    if (autoPreview) void showPreview(makePreview(setup.initial), edits.current);
    // Once per opening: the modal is opened afresh for each letter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const issue = async () => {
    if (!preview) return;
    setBusy('issue');
    setError(null);
    try {
      // The previewed draft; the previewed bytes themselves when the letter takes the 文号 it was previewed with.
      const input: CaseLetterInput = { detail: await detailForLetter(), context, draft: preview.draft, event };
      const build = (docNo: string | null) =>
        (docNo ?? '') === preview.docNo ? Promise.resolve(preview.bytes) : buildCaseLetter(kind, input, docNo ?? '');
      const issuedAt = now();
      const record =
        request.mode === 'reissue'
          ? await reissueDocument({ documentId: request.document.id, build, now: issuedAt })
          : await issueDocument({
              petitionId: detail.petition.id,
              kind,
              year: issuedAt.getFullYear(),
              ...env.seriesOf(kind, caseLetterSigner(kind, input)),
              build,
              ...(setup.event ? { sourceEventId: setup.event.id } : {}),
              // The name carries the number the letter actually took, which the preview could only expect.
              fileName: (docNo) => letterFileName(kind, detail.petition.regNo, docNo ?? ''),
              now: issuedAt,
            });
      onClose();
      await save(record);
    } catch (reason) {
      setError(`${request.mode === 'reissue' ? '重新出具' : '出具'}${label}失败：${messageOf(reason)}`);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Modal
      open
      width={960}
      title={`${request.mode === 'reissue' ? '重新出具' : '出具'}${label}`}
      onCancel={onClose}
      maskClosable={false}
      footer={
        <Space>
          <Button onClick={onClose}>取消</Button>
          <Button
            type="primary"
            data-testid="issue-confirm"
            loading={busy === 'issue'}
            disabled={!preview || busy !== null}
            onClick={() => void issue()}
          >
            {request.mode === 'reissue' ? '重新出具并保存' : '出具并保存'}
          </Button>
        </Space>
      }
    >
      {fields && fields.length > 0 && (
        // The case dialogs' size and pickers (forms/fields.tsx): a day is picked from the same 中文 calendar, never the
        // browser's own date box.
        <Form layout="vertical" onFinish={refresh} data-testid="letter-draft">
          {fields.map((f) => (
            <Form.Item key={f.key} label={f.label} extra={f.hint} style={{ marginBottom: 8 }}>
              {f.multiline ? (
                <Input.TextArea
                  aria-label={f.label}
                  autoSize={{ minRows: 2, maxRows: 6 }}
                  value={draft[f.key] ?? ''}
                  onChange={(e) => edit(f.key, e.target.value)}
                />
              ) : f.date ? (
                <DatePicker
                  aria-label={f.label}
                  style={{ width: '100%' }}
                  value={draft[f.key] ? dayjs(draft[f.key], DATE_FORMAT) : null}
                  onChange={(day) => edit(f.key, day ? day.format(DATE_FORMAT) : '')}
                />
              ) : (
                <Input aria-label={f.label} value={draft[f.key] ?? ''} onChange={(e) => edit(f.key, e.target.value)} />
              )}
            </Form.Item>
          ))}
          <Button htmlType="submit" loading={busy === 'preview'} data-testid="letter-refresh">
            生成预览
          </Button>
        </Form>
      )}
      {error && <Alert type="error" showIcon title={error} style={{ margin: '8px 0' }} data-testid="letter-error" />}
      {stale && !preview && (
        <Alert
          type="warning"
          showIcon
          style={{ margin: '8px 0' }}
          data-testid="letter-stale"
          title="内容已修改，请点击“生成预览”核对后再出具"
        />
      )}
      {preview && (
        <>
          <Alert
            type="info"
            showIcon
            style={{ margin: '8px 0' }}
            title={
              request.mode === 'reissue'
                ? `沿用原文号 ${preview.docNo}，版本加一`
                : `预计文号 ${preview.docNo}（出具时确定）`
            }
          />
          {preview.warnings.map((warning) => (
            <Alert
              key={warning}
              type="warning"
              showIcon
              style={{ margin: '8px 0' }}
              data-testid="letter-date-warning"
              title={warning}
            />
          ))}
          <LetterPreview bytes={preview.bytes} />
        </>
      )}
    </Modal>
  );
}
