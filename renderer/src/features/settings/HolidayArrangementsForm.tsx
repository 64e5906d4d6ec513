import { Alert, Button, Flex, Form, Input, InputNumber, Popconfirm, Table, Typography } from 'antd';
import { useState } from 'react';
import { now } from '../../services/clock';
import { useReferenceData } from '../../services/ReferenceData';
import {
  calendarWarning,
  hasOfficialArrangement,
  holidayArrangementError,
  type HolidayArrangement,
} from '../../domain/workCalendar';
import { useSettingsSave } from './useSettingsSave';

/** How far ahead the page looks for years chinese-days does not cover yet. */
const YEARS_AHEAD = 2;

/** Dates typed one per line, or separated by spaces, commas or 、; sorted, each once. */
function parseDates(text: string): string[] {
  return [...new Set(text.split(/[\s,，、;；]+/).filter(Boolean))].sort();
}

interface SavedYear extends HolidayArrangement {
  year: number;
}

/**
 * 节假日安排: chinese-days carries the State Council's arrangement up to its last published year. For a later year the
 * office enters the days off (放假) and the make-up working weekend days (调休上班) once they are announced; until then
 * deadlines in that year count weekends only, which the warning says.
 */
export function HolidayArrangementsForm() {
  const { settings } = useReferenceData();
  const { saving, error, save, refuse } = useSettingsSave();
  const thisYear = now().getFullYear();
  const ahead = Array.from({ length: YEARS_AHEAD + 1 }, (_, i) => thisYear + i);
  const uncovered = ahead.filter((year) => !hasOfficialArrangement(year));
  const saved: SavedYear[] = Object.entries(settings.holidayArrangements)
    .map(([year, arrangement]) => ({ year: Number(year), ...arrangement }))
    .sort((a, b) => a.year - b.year);
  const missing = uncovered.filter((year) => !(year in settings.holidayArrangements));

  const [year, setYear] = useState<number | null>(() => missing[0] ?? uncovered[0] ?? thisYear + 1);
  const [holidaysText, setHolidaysText] = useState('');
  const [makeUpText, setMakeUpText] = useState('');
  const [attempted, setAttempted] = useState(false);

  const holidays = parseDates(holidaysText);
  const makeUpWorkdays = parseDates(makeUpText);
  const yearProblem =
    year === null ? '请填写年份' : holidayArrangementError(year, { holidays: [], makeUpWorkdays: [] });
  const emptyHolidays = holidays.length === 0 ? '请录入放假日期' : null;
  const holidaysProblem = yearProblem
    ? null
    : (emptyHolidays ?? holidayArrangementError(year ?? 0, { holidays, makeUpWorkdays: [] }));
  const makeUpProblem =
    yearProblem || holidaysProblem ? null : holidayArrangementError(year ?? 0, { holidays, makeUpWorkdays });
  const problems = [yearProblem, holidaysProblem, makeUpProblem].filter((p): p is string => p !== null);
  // An empty list is shown as an error only once the clerk tries to save it, not while the form waits to be filled.
  const shownHolidaysProblem = holidaysProblem === emptyHolidays && !attempted ? null : holidaysProblem;

  const submit = async () => {
    setAttempted(true);
    if (problems.length > 0 || year === null) return refuse(problems);
    const stored = await save(
      { holidayArrangements: { ...settings.holidayArrangements, [year]: { holidays, makeUpWorkdays } } },
      `${year}年节假日安排已保存`,
    );
    if (stored) {
      setAttempted(false);
      setHolidaysText('');
      setMakeUpText('');
    }
  };
  const edit = (entry: SavedYear) => {
    setYear(entry.year);
    setHolidaysText(entry.holidays.join('\n'));
    setMakeUpText(entry.makeUpWorkdays.join('\n'));
  };
  const remove = (entry: SavedYear) => {
    const { [entry.year]: _removed, ...others } = settings.holidayArrangements;
    void save({ holidayArrangements: others }, `已删除${entry.year}年节假日安排`);
  };

  return (
    <Flex vertical gap={12}>
      {missing.length > 0 ? (
        missing.map((y) => <Alert key={y} type="warning" showIcon title={calendarWarning(y)} />)
      ) : (
        <Alert
          type="info"
          showIcon
          title={`${ahead[0]}年至${ahead[ahead.length - 1]}年的节假日安排均已具备${uncovered.length > 0 ? '（含本单位录入）' : '（国务院公布）'}`}
        />
      )}
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        已有国务院公布安排的年份自动使用公布的安排，无需录入。国务院公布下一年安排后，在此录入该年的放假日期和调休上班日期（周末上班）。
      </Typography.Paragraph>

      <Form layout="vertical" style={{ maxWidth: 640 }} onFinish={() => void submit()}>
        <Form.Item
          label="年份"
          htmlFor="holidayYear"
          validateStatus={yearProblem ? 'error' : undefined}
          help={yearProblem}
        >
          <InputNumber
            id="holidayYear"
            value={year}
            min={2000}
            max={2100}
            precision={0}
            suffix="年"
            style={{ width: 140 }}
            onChange={setYear}
          />
        </Form.Item>
        <Form.Item
          label="放假日期"
          htmlFor="holidayDates"
          validateStatus={shownHolidaysProblem ? 'error' : undefined}
          help={
            shownHolidaysProblem ?? `每行一个日期，格式如 ${year ?? thisYear + 1}-01-01；已识别${holidays.length}天`
          }
        >
          <Input.TextArea
            id="holidayDates"
            value={holidaysText}
            autoSize={{ minRows: 4, maxRows: 12 }}
            onChange={(e) => setHolidaysText(e.target.value)}
          />
        </Form.Item>
        <Form.Item
          label="调休上班日期"
          htmlFor="makeUpDates"
          validateStatus={makeUpProblem ? 'error' : undefined}
          help={makeUpProblem ?? `需要上班的周末，每行一个日期；已识别${makeUpWorkdays.length}天`}
        >
          <Input.TextArea
            id="makeUpDates"
            value={makeUpText}
            autoSize={{ minRows: 2, maxRows: 8 }}
            onChange={(e) => setMakeUpText(e.target.value)}
          />
        </Form.Item>
        {error && <Alert type="error" showIcon title={`保存失败：${error}`} style={{ marginBottom: 16 }} />}
        <Button type="primary" htmlType="submit" loading={saving}>
          保存节假日安排
        </Button>
      </Form>

      <Typography.Title level={5} style={{ margin: 0 }}>
        已录入的年份
      </Typography.Title>
      <Table<SavedYear>
        size="small"
        rowKey="year"
        pagination={false}
        dataSource={saved}
        locale={{ emptyText: '尚未录入' }}
        aria-label="已录入的节假日安排"
        columns={[
          { title: '年份', dataIndex: 'year', width: 80, render: (y: number) => `${y}年` },
          {
            title: '放假',
            key: 'holidays',
            render: (_, entry) => `${entry.holidays.length}天：${entry.holidays.join('、')}`,
          },
          {
            title: '调休上班',
            key: 'makeUp',
            render: (_, entry) =>
              entry.makeUpWorkdays.length > 0
                ? `${entry.makeUpWorkdays.length}天：${entry.makeUpWorkdays.join('、')}`
                : '无',
          },
          {
            title: '操作',
            key: 'actions',
            width: 140,
            render: (_, entry) => (
              <Flex gap={4}>
                <Button size="small" onClick={() => edit(entry)}>
                  修改
                </Button>
                <Popconfirm
                  title={`删除${entry.year}年节假日安排？`}
                  okText="删除"
                  cancelText="取消"
                  onConfirm={() => remove(entry)}
                >
                  <Button size="small" danger>
                    删除
                  </Button>
                </Popconfirm>
              </Flex>
            ),
          },
        ]}
      />
    </Flex>
  );
}
