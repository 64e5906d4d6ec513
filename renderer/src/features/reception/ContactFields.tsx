import { Col, DatePicker, Form, Input, InputNumber, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import { now } from '../../services/clock';
import { channelWording } from '../../domain/channelWording';
import { CHANNEL_OPTIONS } from '../../ui/channelOptions';
import { SELECT_SEARCH } from '../../ui/selectSearch';
import type { RegistrationFormValues } from './formValues';
import { textCount } from '../../ui/textCount';

/** Nothing can be received in the future: days after today are greyed out in the pickers. */
function isAfterToday(day: Dayjs): boolean {
  return day.isAfter(now(), 'day');
}

/**
 * 来访信息 (来信信息 for a letter): how and when the contact came in, how many came, who received or registered it;
 * the source of a forwarded matter; `extra` (the reception day) after them. The labels follow the channel (domain/channelWording.ts).
 */
export function ContactFields({ extra }: { extra?: ReactNode }) {
  const channel = Form.useWatch<RegistrationFormValues['channel']>('channel');
  const wording = channelWording(channel);
  return (
    <Row gutter={16}>
      <Col span={6}>
        <Form.Item label="来源渠道" name="channel">
          <Select options={CHANNEL_OPTIONS} placeholder="请选择" showSearch={SELECT_SEARCH} />
        </Form.Item>
      </Col>
      <Col span={7}>
        <Form.Item label={wording.receivedAt} name="receivedAt">
          <DatePicker
            showTime={wording.withTime ? { format: 'HH:mm' } : false}
            format={wording.withTime ? 'YYYY-MM-DD HH:mm' : 'YYYY-MM-DD'}
            disabledDate={isAfterToday}
            needConfirm={false}
            showNow={false}
            style={{ width: '100%' }}
          />
        </Form.Item>
      </Col>
      <Col span={4}>
        <Form.Item label="人数" name="headcount">
          {/* No min/max/precision: antd would silently change 0 to 1 or 2.5 to 3; validateRegistration refuses them. */}
          <InputNumber style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col span={7}>
        <Form.Item label={wording.officer} name="receivingOfficer">
          <Input autoComplete="off" count={textCount('receivingOfficer')} />
        </Form.Item>
      </Col>
      {channel === '上级转送' && (
        <>
          <Col span={10}>
            <Form.Item label="转送/交办机关" name={['source', 'body']}>
              <Input autoComplete="off" count={textCount('sourceBody')} placeholder="如：集团公司信访办" />
            </Form.Item>
          </Col>
          <Col span={7}>
            <Form.Item label="来文文号" name={['source', 'docNo']}>
              <Input autoComplete="off" count={textCount('sourceDocNo')} placeholder="如：集信转〔2026〕12号" />
            </Form.Item>
          </Col>
          <Col span={7}>
            <Form.Item label="转送/交办日期" name={['source', 'date']}>
              <DatePicker disabledDate={isAfterToday} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </>
      )}
      {extra}
    </Row>
  );
}
