import { FileAddOutlined, FolderOpenOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Dropdown, Modal, Space, Table, Tooltip } from 'antd';
import { useMemo, useState } from 'react';
import { useSession } from '../../../services/session/SessionContext';
import type { PetitionDetail } from '../../../domain/petitionDetail';
import { can } from '../../../domain/access/roles';
import { letterKindsFor } from '../../../documents/letters/fromCase';
import { formatDateTime } from '../../../domain/dates';
import { DOC_KINDS } from '../../../domain/docNo';
import { LETTER_KINDS, type LetterKind } from '../../../domain/letterTemplates';
import type { IssuedDocument } from '../../../domain/types';
import { IssuedBeforeCorrection } from '../correction/IssuedBeforeCorrection';
import { IssueLetterModal, type IssueRequest } from './IssueLetterModal';
import { LetterPreview } from './LetterPreview';
import { documentBytes, latestVersions, useCaseDocuments } from './useCaseDocuments';
import { useOpenDocument, usePrintCaseFile, useSaveDocument } from './useDocumentFiles';
import { errorText } from '../../../db/errors';

const isLetterKind = (kind: string): kind is LetterKind => (LETTER_KINDS as readonly string[]).includes(kind);

/**
 * 文书: the case's issued letters, issuing new ones (cases.handle) and printing the 案卷. A confidential case's issued
 * letters name the petitioner: without the grant the repository withholds their bytes, so they cannot be opened here.
 */
export function CaseDocuments({ detail }: { detail: PetitionDetail }) {
  const { actor } = useSession();
  const mayIssue = can(actor.role, 'cases.handle');
  const withheld = detail.identityHidden;
  const loaded = useCaseDocuments(detail.petition.id);
  const documents = useMemo(() => (loaded.state === 'loaded' ? loaded.documents : []), [loaded]);
  const options = useMemo(() => letterKindsFor(detail, documents), [detail, documents]);
  const latest = useMemo(() => latestVersions(documents), [documents]);
  const [request, setRequest] = useState<IssueRequest | null>(null);
  const [viewing, setViewing] = useState<{ doc: IssuedDocument; bytes: Uint8Array } | null>(null);
  const [viewError, setViewError] = useState<string | null>(null);
  const save = useSaveDocument();
  const open = useOpenDocument();
  const caseFile = usePrintCaseFile();

  const view = (doc: IssuedDocument) => {
    setViewError(null);
    documentBytes(doc).then(
      (bytes) => setViewing({ doc, bytes }),
      (reason: unknown) => setViewError(`读取文书失败：${errorText(reason)}`),
    );
  };

  // The repository refuses it too (issueDocument): a confidential matter's letter would be addressed to （保密）.
  const issueBlocked = withheld
    ? '本事项保密：文书载有信访人身份，须由有保密授权的账号出具'
    : options.length === 0
      ? '当前办理进度尚无可出具的文书（受理、交办、答复等之后可出具）'
      : null;

  const issueMenu = options.map((o) => ({
    key: o.kind,
    label: o.issued ? `${o.label}（已出具 ${o.issued.docNo ?? ''}）` : o.label,
    disabled: o.issued !== null,
    'data-testid': `issue-${o.kind}`,
  }));

  return (
    <Card
      size="small"
      title={`文书（${documents.length}）`}
      className="desk-card"
      data-testid="case-documents"
      extra={
        <Space>
          {mayIssue && (
            <Dropdown
              menu={{ items: issueMenu, onClick: ({ key }) => setRequest({ mode: 'issue', kind: key as LetterKind }) }}
              disabled={issueBlocked !== null}
              trigger={['click']}
            >
              <Tooltip title={issueBlocked ?? undefined}>
                <Button icon={<FileAddOutlined />} disabled={issueBlocked !== null} data-testid="issue-menu">
                  出具文书
                </Button>
              </Tooltip>
            </Dropdown>
          )}
          <Button
            icon={<FolderOpenOutlined />}
            loading={caseFile.printing}
            onClick={() => void caseFile.print(detail)}
            data-testid="print-case-file"
          >
            打印案卷
          </Button>
        </Space>
      }
    >
      {loaded.state === 'failed' && <Alert type="error" showIcon title={loaded.message} />}
      {viewError && <Alert type="error" showIcon title={viewError} />}
      {withheld && documents.length > 0 && (
        <Alert
          type="info"
          showIcon
          title="本事项保密：已出具的文书载有信访人身份，仅限有权限的账号查看"
          style={{ marginBottom: 8 }}
        />
      )}
      <Table<IssuedDocument>
        size="small"
        rowKey="id"
        pagination={false}
        loading={loaded.state === 'loading'}
        dataSource={documents}
        locale={{ emptyText: '尚未出具文书' }}
        onRow={(doc) => ({ 'data-testid': `doc-row-${doc.kind}-v${doc.version}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: '文书', key: 'kind', render: (_, doc) => DOC_KINDS[doc.kind].label },
          { title: '文号', dataIndex: 'docNo', render: (docNo: string | null) => docNo ?? '—' },
          { title: '版本', dataIndex: 'version', render: (v: number) => `第${v}版` },
          {
            title: '出具日期',
            dataIndex: 'issuedAt',
            render: (at: string) => (
              <>
                {formatDateTime(at)}
                <IssuedBeforeCorrection issuedAt={at} correctedAt={detail.petition.correctedAt} />
              </>
            ),
          },
          { title: '出具人', dataIndex: 'issuedBy' },
          {
            title: '操作',
            key: 'actions',
            render: (_, doc) => {
              const kind = doc.kind;
              return (
                <Space size={0}>
                  <Button type="link" size="small" disabled={withheld} onClick={() => view(doc)}>
                    预览
                  </Button>
                  <Button type="link" size="small" disabled={withheld} onClick={() => void save(doc)}>
                    保存
                  </Button>
                  <Button type="link" size="small" disabled={withheld} onClick={() => void open(doc)}>
                    打开
                  </Button>
                  {mayIssue && isLetterKind(kind) && latest.has(doc.id) && (
                    <Button
                      type="link"
                      size="small"
                      onClick={() => setRequest({ mode: 'reissue', kind, document: doc })}
                    >
                      重新出具
                    </Button>
                  )}
                </Space>
              );
            },
          },
        ]}
      />
      {request && (
        <IssueLetterModal
          key={`${request.mode}-${request.kind}`}
          detail={detail}
          documents={documents}
          request={request}
          onClose={() => setRequest(null)}
        />
      )}
      {viewing && (
        <Modal
          open
          width={960}
          title={`${DOC_KINDS[viewing.doc.kind].label} ${viewing.doc.docNo ?? ''}（第${viewing.doc.version}版）`}
          onCancel={() => setViewing(null)}
          footer={
            <Space>
              <Button onClick={() => void save(viewing.doc)}>保存</Button>
              <Button type="primary" onClick={() => setViewing(null)}>
                关闭
              </Button>
            </Space>
          }
        >
          <LetterPreview bytes={viewing.bytes} />
        </Modal>
      )}
    </Card>
  );
}
