import { Button, Form, Input, Space } from 'antd';
import { useReferenceData } from '../../services/ReferenceData';
import type { Organisation } from '../../domain/reviewRouting';
import { useSettingsSave } from './useSettingsSave';

/**
 * 复查复核机关 (Arts. 35, 36): the office's organisation and, for each unit that issues 处理意见书, the body one level
 * above it (复查), the one above that (复核), and the 复查机关's own 代字 for its 复查意见书. The letters take these; the
 * repository refuses a body that would review its own decision and a 代字 another kind prints.
 */
export function ReviewBodiesForm() {
  const { settings } = useReferenceData();
  const [form] = Form.useForm<Organisation>();
  const { saving, save } = useSettingsSave();

  return (
    <Form<Organisation>
      form={form}
      layout="vertical"
      style={{ maxWidth: 960 }}
      initialValues={settings.organisation}
      onFinish={(values) => void save({ organisation: { name: values.name ?? '', routes: values.routes ?? [] } })}
      data-testid="review-bodies-form"
    >
      <Form.Item label="本单位所属组织" name="name" extra="如：某煤业集团有限公司">
        <Input style={{ maxWidth: 480 }} />
      </Form.Item>
      <Form.List name="routes">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, i) => (
              <Space key={field.key} align="start" wrap data-testid={`review-route-${i}`}>
                <Form.Item label="作出处理意见的单位" name={[field.name, 'unit']}>
                  <Input style={{ width: 260 }} />
                </Form.Item>
                <Form.Item label="复查机关（上一级）" name={[field.name, 'reviewBody']}>
                  <Input style={{ width: 260 }} />
                </Form.Item>
                <Form.Item label="复核机关（再上一级）" name={[field.name, 'recheckBody']}>
                  <Input style={{ width: 260 }} />
                </Form.Item>
                <Form.Item
                  label="复查意见书代字"
                  name={[field.name, 'reviewDocPrefix']}
                  tooltip="复查意见书以复查机关名义出具，可填其文号代字（如：集团信复查），单独编号；不填则用“文号代字”中的复查意见书代字"
                >
                  <Input style={{ width: 150 }} placeholder="不填用默认代字" maxLength={16} />
                </Form.Item>
                <Form.Item label=" " colon={false}>
                  <Button onClick={() => remove(field.name)}>删除</Button>
                </Form.Item>
              </Space>
            ))}
            <Form.Item>
              <Button onClick={() => add({ unit: '', reviewBody: '', recheckBody: '', reviewDocPrefix: '' })}>
                添加单位
              </Button>
            </Form.Item>
          </>
        )}
      </Form.List>
      <Form.Item>
        <Button type="primary" htmlType="submit" loading={saving}>
          保存设置
        </Button>
      </Form.Item>
    </Form>
  );
}
