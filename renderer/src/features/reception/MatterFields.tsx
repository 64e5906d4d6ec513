import { Checkbox, Col, Form, Input, Radio, Row, Space, Tooltip } from 'antd';
import { useReferenceData } from '../../services/ReferenceData';
import { isCollective } from '../../domain/registration';
import { isConfidential } from '../../domain/access/confidential';
import { FLAG_LABELS, NATURES, type Channel, type Nature } from '../../domain/types';
import { CategoryCascader } from './CategoryCascader';
import { UnitSelect } from './UnitSelect';
import { textCount } from '../../ui/textCount';

const NATURE_OPTIONS = NATURES.map((n) => ({ value: n, label: n }));
const CLERK_FLAGS = ['jointLetter', 'anonymous', 'levelSkipping', 'lawRelated'] as const;

/** 反映问题: what the matter is about, where, and its flags. */
export function MatterFields() {
  const { settings } = useReferenceData();
  const headcount = Form.useWatch<number | null>('headcount');
  const channel = Form.useWatch<Channel | null>('channel');
  const collective =
    typeof headcount === 'number' && isCollective(channel ?? null, headcount, settings.collectiveThreshold);
  const nature = Form.useWatch<Nature | null>('nature');
  const alwaysConfidential = nature != null && isConfidential({ nature });

  return (
    <Row gutter={16}>
      <Col span={8}>
        <Form.Item label="问题类别" name="categoryPath">
          <CategoryCascader />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item label="涉及单位" name="unitId">
          <UnitSelect />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item label="信访性质" name="nature">
          <Radio.Group options={NATURE_OPTIONS} aria-label="信访性质" />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item label="反映问题摘要" name="summary">
          {/* A count, not maxLength: a pasted letter is kept whole and the limit is reported beside the field. */}
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} count={textCount('summary')} />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item label="主要诉求" name="demands">
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} count={textCount('demands')} />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item label="标记" className="desk-flags">
          <Space size="large" wrap role="group" aria-label="标记">
            <Tooltip
              title={`来访或领导接待日人数达到 ${settings.collectiveThreshold} 人自动标记为集体访；下访发现、座谈会、来信、来电和网上信访不计集体访`}
            >
              <Checkbox checked={collective} disabled>
                {FLAG_LABELS.collective}
              </Checkbox>
            </Tooltip>
            {CLERK_FLAGS.map((flag) => (
              <Form.Item key={flag} name={['flags', flag]} valuePropName="checked" noStyle>
                <Checkbox>{FLAG_LABELS[flag]}</Checkbox>
              </Form.Item>
            ))}
            {alwaysConfidential ? (
              <Tooltip title="检举控告一律保密：信访人身份仅限有权限的账号查看">
                <Checkbox checked disabled data-testid="confidential-checkbox">
                  保密
                </Checkbox>
              </Tooltip>
            ) : (
              <Tooltip title="信访人身份仅限有权限的账号查看，台账、导出和文书中显示为“（保密）”">
                <span>
                  <Form.Item name="confidential" valuePropName="checked" noStyle>
                    <Checkbox data-testid="confidential-checkbox">保密</Checkbox>
                  </Form.Item>
                </span>
              </Tooltip>
            )}
          </Space>
        </Form.Item>
      </Col>
    </Row>
  );
}
