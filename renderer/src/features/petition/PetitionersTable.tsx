import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';
import { Alert, App, Button, Table, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { now } from '../../services/clock';
import { useReferenceData } from '../../services/ReferenceData';
import { useSession } from '../../services/session/SessionContext';
import type { PetitionDetail } from '../../domain/petitionDetail';
import { CONFIDENTIAL_PLACEHOLDER } from '../../domain/access/confidential';
import { can } from '../../domain/access/roles';
import { shownPhone } from '../../domain/idNumber';
import type { Petitioner } from '../../domain/types';
import { errorText } from '../../db/errors';
import { revealPetitioner } from '../../services/data/petition';

const messageOf = (reason: unknown) => errorText(reason);

/**
 * 信访人: ID numbers and phones masked as the repository gives them (docs/domain.md §11); 显示完整信息 reads one person in
 * full through the audited reveal, and 隐藏 masks them again. A confidential case's people read （保密） for an
 * account without the grant, with no way to reveal them.
 */
export function PetitionersTable({ detail }: { detail: PetitionDetail }) {
  const { units } = useReferenceData();
  const { actor } = useSession();
  const { message } = App.useApp();
  const [revealed, setRevealed] = useState<ReadonlyMap<string, Petitioner>>(new Map());
  const [revealing, setRevealing] = useState<string | null>(null);
  // A reveal shows the person as they were read: once the petition changes (a 修改登记), they are masked again.
  const [revealedOf, setRevealedOf] = useState(detail.petition.updatedAt);
  if (revealedOf !== detail.petition.updatedAt) {
    setRevealedOf(detail.petition.updatedAt);
    setRevealed(new Map());
  }
  const unitNames = new Map(units.map((u) => [u.id, u.name]));
  const representatives = new Set(detail.petition.representativeIds);
  const mayReveal = !detail.identityHidden && can(actor.role, 'identity.unmask');
  const shown = (p: Petitioner) => revealed.get(p.id) ?? p;

  const reveal = async (p: Petitioner) => {
    setRevealing(p.id);
    try {
      const full = await revealPetitioner(detail.petition.id, p.id, now());
      setRevealed((map) => new Map(map).set(p.id, full));
    } catch (reason) {
      message.error(`无法显示完整信息：${messageOf(reason)}`);
    } finally {
      setRevealing(null);
    }
  };
  const hide = (p: Petitioner) =>
    setRevealed((map) => {
      const next = new Map(map);
      next.delete(p.id);
      return next;
    });

  return (
    <>
      {detail.identityHidden && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          data-testid="identity-hidden"
          title="本事项保密：信访人身份仅限有权限的账号查看"
        />
      )}
      <Table<Petitioner>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={detail.petitioners}
        onRow={(p) =>
          ({
            'data-testid': 'petitioner-row',
            'data-revealed': revealed.has(p.id) ? 'true' : 'false',
          }) as React.HTMLAttributes<HTMLElement>
        }
        columns={[
          {
            title: '姓名',
            key: 'name',
            width: 120,
            render: (_, p) => (
              <>
                {p.name || '（未留姓名）'}
                {representatives.has(p.id) && <Tag style={{ marginLeft: 6 }}>代表</Tag>}
                {p.sameAsPersonId && (
                  // Only an account with the 保密 grant is given the link (db/petitioners.ts upsertPetitioners).
                  <Tooltip title="由无保密权限的账号登记，另建了信访人记录；其身份证号或姓名和电话与某保密信访事项的信访人相同">
                    <Tag color="red" style={{ marginLeft: 6 }} data-testid="same-as-confidential">
                      同保密事项信访人
                    </Tag>
                  </Tooltip>
                )}
              </>
            ),
          },
          { title: '性别', dataIndex: 'gender', key: 'gender', width: 60 },
          { title: '身份证号', key: 'id', width: 190, render: (_, p) => shown(p).idNumber },
          { title: '联系电话', key: 'phone', width: 130, render: (_, p) => shownPhone(shown(p)) },
          { title: '住址', dataIndex: 'address', key: 'address', ellipsis: true },
          { title: '身份', dataIndex: 'identityType', key: 'identity', width: 110 },
          {
            title: '所在单位',
            key: 'unit',
            width: 140,
            render: (_, p) =>
              detail.identityHidden ? CONFIDENTIAL_PLACEHOLDER : p.unitId ? (unitNames.get(p.unitId) ?? '') : '',
          },
          ...(mayReveal
            ? [
                {
                  title: '',
                  key: 'reveal',
                  width: 130,
                  render: (_: unknown, p: Petitioner) =>
                    !p.idNumber && !p.phone ? null : revealed.has(p.id) ? (
                      <Button type="link" size="small" icon={<EyeInvisibleOutlined />} onClick={() => hide(p)}>
                        隐藏
                      </Button>
                    ) : (
                      <Button
                        type="link"
                        size="small"
                        icon={<EyeOutlined />}
                        loading={revealing === p.id}
                        aria-label={`显示 ${p.name || '信访人'} 的完整信息`}
                        onClick={() => void reveal(p)}
                      >
                        显示完整信息
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
      />
    </>
  );
}
