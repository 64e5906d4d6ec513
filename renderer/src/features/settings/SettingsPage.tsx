import { Card, Col, Row } from 'antd';
import { useReferenceData } from '../../app/ReferenceData';
import { deleteCategory, saveCategory } from '../../db/categories';
import { getDb } from '../../db/instance';
import { deleteUnit, saveUnit } from '../../db/units';
import { PageHeader } from '../../ui/PageHeader';
import { TreeEditor } from '../../ui/TreeEditor';
import { GeneralSettingsForm } from './GeneralSettingsForm';

/** 设置: organisation, thresholds, the unit tree and the categories. */
export function SettingsPage() {
  const { units, categories, refresh } = useReferenceData();
  return (
    <div className="desk-page">
      <PageHeader title="设置" />
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
                await saveUnit(getDb(), { partyBranch: '', ...existing, ...record });
                await refresh();
              }}
              onDelete={async (unit) => {
                await deleteUnit(getDb(), unit.id);
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
                await saveCategory(getDb(), record);
                await refresh();
              }}
              onDelete={async (category) => {
                await deleteCategory(getDb(), category.id);
                await refresh();
              }}
            />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
