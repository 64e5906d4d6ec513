import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, Row, Select, Typography } from 'antd';
import { REPLY_OUTCOMES } from '../../../../domain/workflowPayloads';
import { claimRowsFromDemands, SERVICE_HINT } from '../caseActionModel';
import { DayField, type ActionForm } from './fields';
import { textCount } from '../../../../ui/textCount';

const OUTCOME_OPTIONS = REPLY_OUTCOMES.map((o) => ({ value: o, label: o }));

/**
 * 答复: an opinion on every claim (予以支持 / 解释说明 / 不予支持, Art. 32) and, for a letter handed over in person,
 * the day it was served; a mailed one is recorded later by 送达.
 */
function ReplyFields() {
  return (
    <>
      <Row gutter={8}>
        <Col span={9}>
          <Typography.Text strong>诉求</Typography.Text>
        </Col>
        <Col span={5}>
          <Typography.Text strong>处理结果</Typography.Text>
        </Col>
        <Col span={9}>
          <Typography.Text strong>处理意见</Typography.Text>
        </Col>
      </Row>
      <Form.List name="claims">
        {(rows, { add, remove }) => (
          <>
            {rows.map((row, index) => (
              <Row gutter={8} key={row.key} role="group" aria-label={`第${index + 1}项诉求`} className="desk-claim-row">
                <Col span={9}>
                  <Form.Item name={[row.name, 'claim']} style={{ marginBottom: 8 }}>
                    <Input.TextArea
                      autoSize={{ minRows: 1, maxRows: 4 }}
                      count={textCount('caseText')}
                      aria-label="诉求"
                    />
                  </Form.Item>
                </Col>
                <Col span={5}>
                  <Form.Item name={[row.name, 'outcome']} style={{ marginBottom: 8 }}>
                    <Select options={OUTCOME_OPTIONS} placeholder="请选择" aria-label="处理结果" />
                  </Form.Item>
                </Col>
                <Col span={9}>
                  <Form.Item name={[row.name, 'opinion']} style={{ marginBottom: 8 }}>
                    <Input.TextArea
                      autoSize={{ minRows: 1, maxRows: 4 }}
                      count={textCount('caseText')}
                      aria-label="处理意见"
                    />
                  </Form.Item>
                </Col>
                <Col span={1}>
                  <Button
                    type="text"
                    icon={<DeleteOutlined />}
                    disabled={rows.length === 1}
                    onClick={() => remove(row.name)}
                    aria-label={`删除第${index + 1}项诉求`}
                  />
                </Col>
              </Row>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({ claim: '', opinion: '' })}
              style={{ marginBottom: 16 }}
            >
              添加诉求
            </Button>
          </>
        )}
      </Form.List>
      <DayField name="servedAt" label="送达日期" extra={SERVICE_HINT} />
    </>
  );
}

export const replyForm: ActionForm = {
  Fields: ReplyFields,
  // No 送达日期 by default: a day left in the field would be taken as served even for a letter still to be mailed.
  defaults: (_action, { detail }) => ({ claims: claimRowsFromDemands(detail.petition.demands) }),
};
