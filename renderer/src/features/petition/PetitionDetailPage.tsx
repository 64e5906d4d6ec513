import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Result, Space, Spin, Tag, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { detailCategoryPath, type PetitionDetail } from '../../domain/petitionDetail';
import { formatChineseDate, formatDateTime } from '../../domain/dates';
import { CHANNEL_LABELS, PETITION_STATUSES } from '../../domain/types';
import { FlagTags } from '../../ui/FlagTags';
import { PageHeader } from '../../ui/PageHeader';
import { useReferenceData } from '../../services/ReferenceData';
import { useSession } from '../../services/session/SessionContext';
import { can } from '../../domain/access/roles';
import { nodePath } from '../../domain/treePath';
import { caseStateOf } from '../../db/cases';
import { CaseActions } from './case/CaseActions';
import { DeadlinesPanel } from './case/DeadlinesPanel';
import { CaseDocuments } from './documents/CaseDocuments';
import { ConfidentialControl } from './ConfidentialControl';
import { PetitionersTable } from './PetitionersTable';
import { AttachmentsList, CaseTimeline, ReceptionsTable, STATUS_COLORS } from './PetitionSections';
import { LinkedRiskMatters } from './LinkedRiskMatters';
import { PetitionOutreach } from '../outreach/PetitionOutreach';
import { usePetitionDetail } from './usePetitionDetail';
import { usePrintRegistrationForm } from './usePrintRegistrationForm';
import { LinkedPetitions } from './correction/LinkedPetitions';
import { RegistrationActions } from './correction/RegistrationActions';

/** 信访事项 (the case page): status, running deadlines, the actions allowed now, the matter, letters and the timeline. */
export function PetitionDetailPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const loaded = usePetitionDetail(id);

  if (loaded.state === 'loading') {
    return (
      <div style={{ display: 'grid', placeItems: 'center', minHeight: 300 }}>
        <Spin description="正在读取…" />
      </div>
    );
  }
  if (loaded.state === 'failed') return <Alert type="error" showIcon title={loaded.message} />;
  if (loaded.state === 'missing') {
    return (
      <Result
        status="404"
        title="未找到该信访事项"
        subTitle="它可能已被删除，或链接有误。"
        extra={<Button onClick={() => navigate('/ledger')}>返回台账</Button>}
      />
    );
  }
  return <PetitionDetailView detail={loaded.detail} />;
}

function PetitionDetailView({ detail }: { detail: PetitionDetail }) {
  const navigate = useNavigate();
  const { units } = useReferenceData();
  const { actor } = useSession();
  const mayHandle = can(actor.role, 'cases.handle');
  const { print, printing } = usePrintRegistrationForm();
  const { petition } = detail;
  const category = detailCategoryPath(detail);

  return (
    <div className="desk-page">
      <PageHeader
        title={
          <>
            信访事项 <span data-testid="detail-reg-no">{petition.regNo}</span>
          </>
        }
        actions={
          <Space>
            <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/ledger')}>
              返回台账
            </Button>
            <RegistrationActions petition={petition} />
            <Button
              type="primary"
              icon={<PrinterOutlined />}
              loading={printing}
              onClick={() => void print(petition.id)}
            >
              打印登记表
            </Button>
          </Space>
        }
      >
        <span>
          <Typography.Text type="secondary">状态</Typography.Text>{' '}
          <Tag
            color={STATUS_COLORS[petition.status]}
            data-testid="detail-status"
            style={{ fontSize: 16, lineHeight: '26px', paddingInline: 10 }}
          >
            {PETITION_STATUSES[petition.status]}
          </Tag>
          <FlagTags flags={petition.flags} receptionCount={petition.receptionCount} />
        </span>
      </PageHeader>

      <Card size="small" title="期限" className="desk-card">
        <DeadlinesPanel facts={caseStateOf(petition).facts} />
      </Card>
      {petition.voided && (
        <Alert
          type="error"
          showIcon
          data-testid="voided-notice"
          title={`本登记已作废（${formatDateTime(petition.voided.at)}，${petition.voided.by}）：${petition.voided.reason}。编号不再使用，不计入统计。`}
        />
      )}
      {mayHandle && petition.status !== 'voided' && (
        <Card size="small" title="办理" className="desk-card">
          <CaseActions detail={detail} />
        </Card>
      )}

      <Card size="small" title="事项信息" className="desk-card">
        <Descriptions size="small" column={3} bordered>
          <Descriptions.Item label="来源渠道">{CHANNEL_LABELS[petition.channel]}</Descriptions.Item>
          <Descriptions.Item label="接待时间">{formatDateTime(petition.receivedAt)}</Descriptions.Item>
          <Descriptions.Item label="人数">{petition.headcount}</Descriptions.Item>
          <Descriptions.Item label="问题类别">{category}</Descriptions.Item>
          <Descriptions.Item label="信访性质">{petition.nature}</Descriptions.Item>
          <Descriptions.Item label="涉及单位">
            {nodePath(units, petition.unitId) || detail.unit?.name || ''}
          </Descriptions.Item>
          <Descriptions.Item label="接待人">{petition.receivingOfficer}</Descriptions.Item>
          <Descriptions.Item label="接待次数">{petition.receptionCount}</Descriptions.Item>
          <Descriptions.Item label="登记于">{formatDateTime(petition.createdAt)}</Descriptions.Item>
          <Descriptions.Item label="保密" span={3}>
            <ConfidentialControl petition={petition} />
          </Descriptions.Item>
          {petition.source && (
            <Descriptions.Item label="转送/交办" span={3}>
              {petition.source.body}
              {petition.source.docNo ? ` ${petition.source.docNo}` : ''}
              {petition.source.date ? ` ${formatChineseDate(petition.source.date)}` : ''}
            </Descriptions.Item>
          )}
          <Descriptions.Item label="反映问题摘要" span={3}>
            <span style={{ whiteSpace: 'pre-wrap' }}>{petition.summary}</span>
          </Descriptions.Item>
          <Descriptions.Item label="主要诉求" span={3}>
            <span style={{ whiteSpace: 'pre-wrap' }}>{petition.demands}</span>
          </Descriptions.Item>
        </Descriptions>
      </Card>

      <Card size="small" title="关联事项" className="desk-card">
        <LinkedPetitions
          petitionId={petition.id}
          mayLink={can(actor.role, 'records.register') && petition.status !== 'voided'}
        />
      </Card>

      {can(actor.role, 'risks.view') && <LinkedRiskMatters petitionId={petition.id} />}
      {can(actor.role, 'outreach.view') && <PetitionOutreach petition={petition} />}

      <Card size="small" title="办理记录" className="desk-card">
        <CaseTimeline detail={detail} />
      </Card>
      <CaseDocuments detail={detail} />
      <Card size="small" title={`接待记录（${detail.receptions.length}）`} className="desk-card">
        <ReceptionsTable detail={detail} />
      </Card>
      <Card size="small" title={`信访人（${detail.petitioners.length}）`} className="desk-card">
        <PetitionersTable detail={detail} />
      </Card>
      <Card size="small" title={`附件（${detail.attachments.length}）`} className="desk-card">
        <AttachmentsList detail={detail} />
      </Card>
    </div>
  );
}
