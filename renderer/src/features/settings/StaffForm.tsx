import { Alert, Button, Checkbox, Form, Input, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useReferenceData } from '../../services/ReferenceData';
import { staffName, staffProblems, type StaffMember } from '../../domain/staff';
import { TEXT_LIMITS } from '../../domain/textLimits';
import { useSettingsSave } from './useSettingsSave';

type Flag = 'leads' | 'handles' | 'retired';

/**
 * 办理人员: the people 包案领导 and 承办人 are chosen from in a 交办. A person is added here (or from the 交办 form by
 * whoever assigns cases), takes one duty or both, and is 停用 when they leave; nobody is deleted or renamed, because
 * the cases assigned to them keep the name they were given.
 */
export function StaffForm() {
  const { settings } = useReferenceData();
  const [list, setList] = useState<StaffMember[]>(settings.staff);
  const [name, setName] = useState('');
  const { saving, error, save, refuse } = useSettingsSave();

  const toggle = (index: number, flag: Flag, on: boolean) =>
    setList((rows) => rows.map((m, i) => (i === index ? { ...m, [flag]: on } : m)));
  const add = () => {
    const typed = staffName(name);
    const next = [...list, { name: typed, leads: false, handles: true, retired: false }];
    const problems = staffProblems(next);
    if (problems.length > 0) return refuse(problems);
    setList(next);
    setName('');
  };
  const submit = () => {
    const problems = staffProblems(list);
    if (problems.length > 0) return refuse(problems);
    void save({ staff: list });
  };

  const flagColumn = (flag: Flag, title: string) => ({
    title,
    key: flag,
    width: 120,
    render: (_: unknown, member: StaffMember, index: number) => (
      <Checkbox
        aria-label={`${member.name}${title}`}
        checked={member[flag]}
        onChange={(e) => toggle(index, flag, e.target.checked)}
      />
    ),
  });

  return (
    <Space orientation="vertical" style={{ width: '100%', maxWidth: 720 }} data-testid="staff-form">
      <Typography.Paragraph type="secondary">
        交办时的包案领导和承办人从此名单中选择。人员离开后请勾选“停用”，已交办的案件仍保留其姓名。
      </Typography.Paragraph>
      <Table<StaffMember>
        size="small"
        rowKey="name"
        pagination={false}
        dataSource={list}
        locale={{ emptyText: '尚无办理人员，请在下方添加' }}
        columns={[
          { title: '姓名', dataIndex: 'name', key: 'name' },
          flagColumn('leads', '可任包案领导'),
          flagColumn('handles', '可任承办人'),
          flagColumn('retired', '停用'),
        ]}
      />
      <Form layout="inline" onFinish={add}>
        <Form.Item label="新增人员" htmlFor="staff-new-name">
          <Input
            id="staff-new-name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            maxLength={TEXT_LIMITS.caseName}
            placeholder="姓名，如：李矿长"
            style={{ width: 220 }}
          />
        </Form.Item>
        <Form.Item>
          <Button htmlType="submit">添加</Button>
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon title={error} />}
      <Button type="primary" loading={saving} onClick={submit}>
        保存设置
      </Button>
    </Space>
  );
}
