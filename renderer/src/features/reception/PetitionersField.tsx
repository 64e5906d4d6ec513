import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Col, Form, Input, Radio, Row, Select, type FormInstance } from 'antd';
import { now } from '../../services/clock';
import { checkIdNumber } from '../../domain/idNumber';
import { MAX_REPRESENTATIVES } from '../../domain/registration';
import { nextPetitioner } from '../../domain/registrationDefaults';
import { GENDERS, IDENTITY_TYPES } from '../../domain/types';
import type { RegistrationFormValues } from './formValues';
import { UnitSelect } from './UnitSelect';
import { SELECT_SEARCH } from '../../ui/selectSearch';
import { textCount } from '../../ui/textCount';

const IDENTITY_OPTIONS = IDENTITY_TYPES.map((t) => ({ value: t, label: t }));

/** Blur check of an ID number, so a typo shows before saving; the save runs the same domain check again. */
const idNumberRule = {
  validator: (_: unknown, value: string | undefined) => {
    const message = value?.trim() ? checkIdNumber(value, now()) : null;
    return message ? Promise.reject(new Error(message)) : Promise.resolve();
  },
};

/** A stored person's ID number and phone as the case page masks them, by person id: what a blank field keeps. */
export type MaskedOnFile = ReadonlyMap<string, { idNumber: string; phone: string }>;

/**
 * 信访人: one fieldset per person, legend '信访人 1', '信访人 2' …, so each field's label ('姓名', '身份证号') is unique
 * within its group and tests can address it as group '信访人 2' → label '姓名'. `onFile` (修改登记) shows a picked
 * person's stored ID number and phone, masked, in their blank fields: left blank, they are kept.
 */
export function PetitionersField({
  form,
  onFile,
}: {
  form: FormInstance<RegistrationFormValues>;
  onFile?: MaskedOnFile;
}) {
  const kept = (name: number) => onFile?.get(form.getFieldValue(['petitioners', name, 'existingId']) as string);
  return (
    <Form.List name="petitioners">
      {(fields, { add, remove }, { errors }) => (
        <>
          {fields.map((field, index) => (
            <fieldset key={field.key} className="desk-fieldset">
              <legend>信访人 {index + 1}</legend>
              {fields.length > 1 && (
                <Button
                  className="desk-fieldset-action"
                  type="text"
                  size="small"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={`删除信访人 ${index + 1}`}
                  onClick={() => remove(field.name)}
                >
                  删除
                </Button>
              )}
              <Row gutter={16}>
                <Col span={6}>
                  <Form.Item label="姓名" name={[field.name, 'name']}>
                    <Input autoComplete="off" count={textCount('personName')} />
                  </Form.Item>
                </Col>
                <Col span={8}>
                  <Form.Item
                    label="身份证号"
                    name={[field.name, 'idNumber']}
                    rules={[idNumberRule]}
                    validateTrigger="onBlur"
                  >
                    <Input
                      autoComplete="off"
                      style={{ fontFamily: 'monospace' }}
                      placeholder={kept(field.name)?.idNumber}
                    />
                  </Form.Item>
                </Col>
                <Col span={4}>
                  <Form.Item label="性别" name={[field.name, 'gender']}>
                    <Radio.Group options={GENDERS.map((g) => ({ value: g, label: g }))} />
                  </Form.Item>
                </Col>
                <Col span={6}>
                  <Form.Item label="联系电话" name={[field.name, 'phone']}>
                    <Input autoComplete="off" count={textCount('phone')} placeholder={kept(field.name)?.phone} />
                  </Form.Item>
                </Col>
                <Col span={10}>
                  <Form.Item label="住址" name={[field.name, 'address']}>
                    <Input autoComplete="off" count={textCount('address')} />
                  </Form.Item>
                </Col>
                <Col span={5}>
                  <Form.Item label="身份" name={[field.name, 'identityType']}>
                    <Select options={IDENTITY_OPTIONS} allowClear placeholder="请选择" showSearch={SELECT_SEARCH} />
                  </Form.Item>
                </Col>
                <Col span={6}>
                  <Form.Item label="所在单位" name={[field.name, 'unitId']}>
                    <UnitSelect />
                  </Form.Item>
                </Col>
                <Col span={3}>
                  <Form.Item
                    name={[field.name, 'isRepresentative']}
                    valuePropName="checked"
                    className="desk-align-with-labelled"
                  >
                    <Checkbox>代表</Checkbox>
                  </Form.Item>
                </Col>
              </Row>
            </fieldset>
          ))}
          <div className="desk-list-error">
            <Form.ErrorList errors={errors} />
          </div>
          <Button
            icon={<PlusOutlined />}
            onClick={() => {
              // A petitioner added comes with the first one's 身份 and 所在单位 (registrationDefaults).
              add(
                nextPetitioner(
                  form.getFieldValue(['petitioners', 0]) as RegistrationFormValues['petitioners'][number] | undefined,
                ),
              );
              // The headcount covers at least everyone listed by name.
              const headcount = form.getFieldValue('headcount') as number | null;
              const listed = fields.length + 1;
              if (headcount === null || headcount < listed) form.setFieldValue('headcount', listed);
            }}
          >
            添加信访人
          </Button>
          <span className="desk-hint">集体访可勾选最多 {MAX_REPRESENTATIVES} 名代表</span>
        </>
      )}
    </Form.List>
  );
}
