import { LockOutlined } from '@ant-design/icons';
import { App, Switch, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { now } from '../../services/clock';
import { useSession } from '../../services/session/SessionContext';
import type { Petition } from '../../domain/types';
import { isConfidential } from '../../domain/access/confidential';
import { can } from '../../domain/access/roles';
import { errorText } from '../../db/errors';
import { setPetitionConfidential } from '../../services/data/petition';

/**
 * 保密 on the case page: a 检举控告 is always confidential; any other matter can be marked (cases.handle), and the mark
 * lifted only by an account granted confidential identities, as the repository enforces.
 */
export function ConfidentialControl({ petition }: { petition: Petition }) {
  const { actor } = useSession();
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);
  const confidential = isConfidential(petition);
  if (petition.nature === '检举控告') {
    return (
      <Tag icon={<LockOutlined />} color="red" data-testid="confidential-state">
        保密（检举控告）
      </Tag>
    );
  }
  const mayChange = can(actor.role, 'cases.handle') && (!confidential || actor.confidentialAccess);
  const change = async (next: boolean) => {
    setSaving(true);
    try {
      await setPetitionConfidential(petition.id, next, now());
      message.success(next ? '已标记为保密' : '已取消保密');
    } catch (reason) {
      message.error(`保存失败：${errorText(reason)}`);
    } finally {
      setSaving(false);
    }
  };
  const why = !can(actor.role, 'cases.handle')
    ? '当前账号无权办理案件'
    : !mayChange
      ? '仅限有权查看保密身份的账号取消保密'
      : undefined;
  return (
    <Tooltip title={why}>
      <Switch
        checked={confidential}
        loading={saving}
        disabled={!mayChange}
        checkedChildren="保密"
        unCheckedChildren="不保密"
        aria-label="保密"
        data-testid="confidential-state"
        onChange={(next) => void change(next)}
      />
    </Tooltip>
  );
}
