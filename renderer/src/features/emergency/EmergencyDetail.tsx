import { App, Button, Checkbox, Descriptions, Drawer, Empty, List, Space, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { errorText } from '../../db/errors';
import { formatChineseDate, formatDateTime } from '../../domain/dates';
import { emergencyAssessment, emergencySubject } from '../../domain/emergency/specialReport';
import type { Emergency } from '../../domain/emergency/types';
import type { RiskMatter } from '../../domain/risk/types';
import { now } from '../../services/clock';
import { setAftercareDone } from '../../services/data/emergencies';
import { useReferenceData } from '../../services/ReferenceData';
import { useOpenSavedFile } from '../petition/useOpenSavedFile';
import { SpecialReportDialog } from '../risk/SpecialReportDialog';
import { SpecialReportRecords } from '../risk/SpecialReportRecords';
import { issueAndSaveEmergencyReport } from '../risk/specialReportFiles';
import { AnalysisForm } from './AnalysisForm';
import { ArrivalClock } from './ArrivalClock';
import { emergencyUnitNames, exportEmergencyReport } from './exportReport';
import { AftercareDialog, ArrivalDialog, CloseEmergencyDialog, StepDialog } from './ProgressDialogs';

type Dialog = 'arrival' | 'step' | 'aftercare' | 'close' | 'specialReport';

/** A part of the drawer, with the button that adds to it when the account may. */
function SectionTitle(props: { title: string; action: string | false; onAction(): void }) {
  return (
    <Typography.Title level={5}>
      {props.title}{' '}
      {props.action && (
        <Button size="small" onClick={props.onAction}>
          {props.action}
        </Button>
      )}
    </Typography.Title>
  );
}

/**
 * One emergency in a drawer: its facts, the live clock to the arrival limit, 记录到场, the 处置经过 timeline, the 善后
 * measures with their deadlines, the analysis, 结束处置, 导出处置情况报告, and while in 处置 a 重大风险专报.
 */
export function EmergencyDetail(props: {
  emergency: Emergency;
  matter: RiskMatter | null;
  canManage: boolean;
  onChanged(): void;
  onOpenMatter(): void;
  onClose(): void;
}) {
  const { emergency: e, canManage } = props;
  const { message } = App.useApp();
  const { units, settings } = useReferenceData();
  const openSaved = useOpenSavedFile();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [exporting, setExporting] = useState(false);
  const open = e.status === '处置中';
  const saved = () => {
    setDialog(null);
    props.onChanged();
  };
  const unitNameList = emergencyUnitNames(e, units);
  const unitNames = unitNameList.join('、');

  const exportReport = async () => {
    setExporting(true);
    try {
      const result = await exportEmergencyReport(e, units, settings);
      if (result.saved) openSaved(result.path, '处置情况报告');
    } catch (failed) {
      message.error(`导出处置情况报告失败：${errorText(failed)}`);
    } finally {
      setExporting(false);
    }
  };
  const toggle = (measureId: string, done: boolean) =>
    setAftercareDone(e.id, measureId, done, now()).then(props.onChanged, (failed: unknown) =>
      message.error(errorText(failed)),
    );

  return (
    <Drawer
      open
      width={760}
      title={`突发事件：${formatDateTime(e.reportedAt)} ${e.location}`}
      onClose={props.onClose}
      extra={
        <Space>
          {canManage && open && <Button onClick={() => setDialog('specialReport')}>重大风险专报</Button>}
          <Button loading={exporting} onClick={() => void exportReport()}>
            导出处置情况报告
          </Button>
          {canManage && open && (
            <Button type="primary" onClick={() => setDialog('close')}>
              结束处置
            </Button>
          )}
        </Space>
      }
    >
      <Descriptions size="small" column={2} bordered>
        <Descriptions.Item label="状态">
          <Tag color={open ? 'orange' : 'default'}>{e.status}</Tag>
          {e.closedAt && `（${formatDateTime(e.closedAt)}）`}
        </Descriptions.Item>
        <Descriptions.Item label="人数">{e.headcount}</Descriptions.Item>
        <Descriptions.Item label="具体地点" span={2}>
          {e.place}
        </Descriptions.Item>
        <Descriptions.Item label="涉及单位" span={2}>
          {unitNames}
        </Descriptions.Item>
        <Descriptions.Item label="诉求" span={2}>
          <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{e.demands}</Typography.Text>
        </Descriptions.Item>
        {(e.specialReports ?? []).length > 0 && (
          <Descriptions.Item label="专报" span={2}>
            <SpecialReportRecords records={e.specialReports ?? []} entity="emergencies" />
          </Descriptions.Item>
        )}
        {props.matter && (
          <Descriptions.Item label="排查台账" span={2}>
            由排查事项{' '}
            <Button type="link" size="small" onClick={props.onOpenMatter}>
              {props.matter.riskNo}
            </Button>{' '}
            升级
          </Descriptions.Item>
        )}
      </Descriptions>

      <Typography.Title level={5}>领导到场</Typography.Title>
      <Space align="start" size={24}>
        <ArrivalClock emergency={e} />
        {canManage && open && !e.arrival && <Button onClick={() => setDialog('arrival')}>记录到场</Button>}
      </Space>

      <SectionTitle title="处置经过" action={canManage && open && '添加处置步骤'} onAction={() => setDialog('step')} />
      {e.steps.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚无处置步骤" />
      ) : (
        <Timeline
          aria-label="处置经过"
          items={e.steps.map((s) => ({
            children: (
              <>
                <Typography.Text type="secondary">{formatDateTime(s.at)}</Typography.Text> <Tag>{s.kind}</Tag>
                {s.text}
              </>
            ),
          }))}
        />
      )}

      <SectionTitle
        title="善后措施"
        action={canManage && open && '添加善后措施'}
        onAction={() => setDialog('aftercare')}
      />
      <List
        size="small"
        aria-label="善后措施"
        locale={{ emptyText: '尚无善后措施' }}
        dataSource={e.aftercare}
        renderItem={(m) => (
          <List.Item>
            <Checkbox
              checked={m.doneOn !== null}
              disabled={!canManage}
              onChange={(event) => void toggle(m.id, event.target.checked)}
            >
              {m.text}
            </Checkbox>
            <Typography.Text type="secondary">
              {m.doneOn ? `已于${formatChineseDate(m.doneOn)}完成` : `${formatChineseDate(m.deadline)}前完成`}
            </Typography.Text>
          </List.Item>
        )}
      />

      <Typography.Title level={5}>原因分析与损失评估</Typography.Title>
      {canManage && open ? (
        <AnalysisForm key={e.id} emergency={e} onSaved={props.onChanged} />
      ) : (
        <Descriptions size="small" column={1} bordered aria-label="原因分析与损失评估">
          {(
            [
              ['原因分析', e.causeAnalysis],
              ['损失评估', e.lossAssessment],
              ['备用金（元）', String(e.reserveFundYuan)],
              ['经验教训', e.lessons],
            ] as const
          ).map(([label, text]) => (
            <Descriptions.Item key={label} label={label}>
              <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{text || '（尚未填写）'}</Typography.Text>
            </Descriptions.Item>
          ))}
        </Descriptions>
      )}

      {dialog === 'arrival' && <ArrivalDialog emergency={e} onClose={() => setDialog(null)} onSaved={saved} />}
      {dialog === 'step' && <StepDialog emergency={e} onClose={() => setDialog(null)} onSaved={saved} />}
      {dialog === 'aftercare' && <AftercareDialog emergency={e} onClose={() => setDialog(null)} onSaved={saved} />}
      {dialog === 'close' && <CloseEmergencyDialog emergency={e} onClose={() => setDialog(null)} onSaved={saved} />}
      {dialog === 'specialReport' && (
        <SpecialReportDialog
          title={`重大风险专报：${formatDateTime(e.reportedAt)} ${e.location}`}
          drafted={{ subject: emergencySubject(e, unitNameList), assessment: emergencyAssessment(e) }}
          draftedFrom="事件的基本情况、领导到场、最近的处置步骤和未完成的善后措施"
          issue={(request) => issueAndSaveEmergencyReport(e, unitNameList, request)}
          onClose={() => setDialog(null)}
          onSaved={saved}
        />
      )}
    </Drawer>
  );
}
