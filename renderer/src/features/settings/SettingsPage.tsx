import { Card, Col, Row, Tabs } from 'antd';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { useReferenceData } from '../../services/ReferenceData';
import { useSession } from '../../services/session/SessionContext';
import { can } from '../../domain/access/roles';
import { PageHeader } from '../../ui/PageHeader';
import { TreeEditor } from './TreeEditor';
import { AccountsTab } from './AccountsTab';
import { ArrivalLimitsForm } from './ArrivalLimitsForm';
import { BackupTab } from './BackupTab';
import { DeadlinesForm } from './DeadlinesForm';
import { DocNoPrefixesForm } from './DocNoPrefixesForm';
import { GeneralSettingsForm } from './GeneralSettingsForm';
import { HolidayArrangementsForm } from './HolidayArrangementsForm';
import { LetterTemplatesForm } from './LetterTemplatesForm';
import { PartyBranchesForm } from './PartyBranchesForm';
import { ReviewBodiesForm } from './ReviewBodiesForm';
import { RiskSettingsForm } from './RiskSettingsForm';
import { StaffForm } from './StaffForm';
import { deleteCategory, deleteUnit, saveCategory, saveUnit } from '../../services/data/settings';

/**
 * 设置: organisation, thresholds, the unit tree and the categories, and on further tabs what case handling reads
 * (文号代字, letter wording, periods, holiday arrangements), 数据备份 and 账号管理. A tab once opened stays mounted, so
 * switching tabs keeps what was typed.
 */
export function SettingsPage() {
  const { actor } = useSession();
  // ?tab= opens a tab directly (研判预警 links to 风险预控).
  const [params] = useSearchParams();
  return (
    <div className="desk-page">
      <PageHeader title="设置" />
      <Tabs
        defaultActiveKey={params.get('tab') ?? 'general'}
        items={[
          { key: 'general', label: '基本设置', children: <GeneralTab /> },
          { key: 'docNo', label: '文号代字', children: <SectionCard title="文号代字" body={<DocNoPrefixesForm />} /> },
          {
            key: 'templates',
            label: '文书模板',
            children: <SectionCard title="文书模板" body={<LetterTemplatesForm />} />,
          },
          {
            key: 'reviewBodies',
            label: '复查复核机关',
            children: <SectionCard title="复查复核机关" body={<ReviewBodiesForm />} />,
          },
          { key: 'staff', label: '办理人员', children: <SectionCard title="办理人员" body={<StaffForm />} /> },
          { key: 'deadlines', label: '办理期限', children: <SectionCard title="办理期限" body={<DeadlinesForm />} /> },
          {
            key: 'holidays',
            label: '节假日安排',
            children: <SectionCard title="节假日安排" body={<HolidayArrangementsForm />} />,
          },
          {
            key: 'partyBranches',
            label: '党支部',
            children: <SectionCard title="党支部" body={<PartyBranchesForm />} />,
          },
          {
            key: 'risk',
            label: '风险预控',
            children: (
              <>
                <SectionCard title="风险预控" body={<RiskSettingsForm />} />
                <SectionCard title="突发事件到场时限" body={<ArrivalLimitsForm />} />
              </>
            ),
          },
          { key: 'backup', label: '数据备份', children: <BackupTab /> },
          ...(can(actor.role, 'users.manage')
            ? [{ key: 'accounts', label: '账号管理', children: <AccountsTab /> }]
            : []),
        ]}
      />
    </div>
  );
}

function SectionCard({ title, body }: { title: string; body: ReactNode }) {
  return (
    <Card size="small" title={title} className="desk-card">
      {body}
    </Card>
  );
}

function GeneralTab() {
  const { units, categories, refresh } = useReferenceData();
  return (
    <>
      <Card size="small" title="基本设置" className="desk-card">
        <GeneralSettingsForm />
      </Card>
      <Row gutter={16}>
        <Col xs={24} xl={12}>
          <Card size="small" title="单位" className="desk-card">
            <TreeEditor
              records={units}
              noun="单位"
              describe={(unit) => (unit.partyBranch ? `（${unit.partyBranch}）` : '')}
              onSave={async (record, existing) => {
                await saveUnit({ partyBranch: '', ...existing, ...record });
                await refresh();
              }}
              onDelete={async (unit) => {
                await deleteUnit(unit.id);
                await refresh();
              }}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title="问题类别" className="desk-card">
            <TreeEditor
              records={categories}
              noun="类别"
              maxDepth={2}
              onSave={async (record) => {
                await saveCategory(record);
                await refresh();
              }}
              onDelete={async (category) => {
                await deleteCategory(category.id);
                await refresh();
              }}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}
