import { DatePicker, Form, Radio } from 'antd';
import { useOpenSavedFile } from '../petition/useOpenSavedFile';
import dayjs, { type Dayjs } from 'dayjs';
import type { RiskMatter, Screening } from '../../domain/risk/types';
import type { SaveFileResult } from '../../platform';
import { now } from '../../services/clock';
import { useReferenceData } from '../../services/ReferenceData';
import { useCaseEnvironment } from '../../services/useCaseEnvironment';
import { dayOf, isAfterToday } from './dayField';
import { saveDailyReport, saveMonthlySummary } from './riskDocuments';
import { RiskDialog } from './RiskDialog';
import { useSubmit } from './useSubmit';
import { today } from '../../domain/dates';

interface MonthlyValues {
  month: Dayjs | null;
  format: 'docx' | 'xlsx';
}

/**
 * Says where the file went with a button to open it in Word or WPS (where it is printed, as the 案卷 is), or nothing
 * when the clerk cancelled the save dialog.
 */
function useSavedMessage() {
  const openSaved = useOpenSavedFile();
  return (what: string) => (result: SaveFileResult) => {
    if (result.saved) openSaved(result.path, what);
  };
}

/** 月度汇总: a month (this one unless the clerk picks another) as .docx or .xlsx. */
export function MonthlySummaryDialog(props: {
  matters: readonly RiskMatter[];
  screenings: readonly Screening[];
  onClose(): void;
}) {
  const [form] = Form.useForm<MonthlyValues>();
  const { units, categories, settings } = useReferenceData();
  const saved = useSavedMessage();
  const { busy, error, submit } = useSubmit(async (v: MonthlyValues) => {
    if (!v.month) throw new Error('请选择月份');
    const result = await saveMonthlySummary({
      matters: props.matters,
      screenings: props.screenings,
      units,
      categories,
      year: v.month.year(),
      month: v.month.month() + 1,
      format: v.format,
      issuer: settings.orgName,
      date: today(now()),
    });
    saved('月度汇总')(result);
  }, props.onClose);
  return (
    <RiskDialog<MonthlyValues>
      title="月度汇总"
      okText="生成并保存"
      label="月度汇总"
      form={form}
      initialValues={{ month: dayjs(now()), format: 'docx' }}
      busy={busy}
      error={error}
      onSubmit={(values: MonthlyValues) => void submit(values)}
      onClose={props.onClose}
    >
      <Form.Item label="月份" name="month">
        <DatePicker picker="month" disabledDate={isAfterToday} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item label="格式" name="format">
        <Radio.Group
          options={[
            { value: 'docx', label: 'Word 文档（.docx）' },
            { value: 'xlsx', label: 'Excel 工作簿（.xlsx）' },
          ]}
        />
      </Form.Item>
    </RiskDialog>
  );
}

interface DailyValues {
  day: Dayjs | null;
}

/** 日报: the day's changes (today unless the clerk picks an earlier day) as a .docx for the unit's leader. */
export function DailyReportDialog(props: { matters: readonly RiskMatter[]; onClose(): void }) {
  const [form] = Form.useForm<DailyValues>();
  const { units, settings } = useReferenceData();
  const { calendar } = useCaseEnvironment();
  const saved = useSavedMessage();
  const { busy, error, submit } = useSubmit(async (v: DailyValues) => {
    const day = dayOf(v.day);
    if (!day) throw new Error('请选择日期');
    const result = await saveDailyReport({
      matters: props.matters,
      units,
      day,
      calendar,
      rules: settings.riskStalenessRules,
      issuer: settings.orgName,
    });
    saved('日报')(result);
  }, props.onClose);
  return (
    <RiskDialog<DailyValues>
      title="日报"
      okText="生成并保存"
      label="日报"
      form={form}
      initialValues={{ day: dayjs(now()) }}
      busy={busy}
      error={error}
      onSubmit={(values: DailyValues) => void submit(values)}
      onClose={props.onClose}
    >
      <Form.Item label="日期" name="day">
        <DatePicker disabledDate={isAfterToday} style={{ width: '100%' }} />
      </Form.Item>
    </RiskDialog>
  );
}
