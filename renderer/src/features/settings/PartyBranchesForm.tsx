import { Alert, App, Button, Input, Modal, Select, Space, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { useReferenceData } from '../../services/ReferenceData';
import { errorText } from '../../db/errors';
import { unitsNamingBranch, type PartyBranch } from '../../domain/partyBranches';
import { unitsInTreeOrder } from '../../domain/statistics';
import { TEXT_LIMITS } from '../../domain/textLimits';
import { usePartyBranches } from '../report/usePartyBranches';
import { addPartyBranch, renamePartyBranch, setBranchUnits, setPartyBranchRetired } from '../../services/data/settings';
import { FormRefusal } from '../../ui/FormRefusal';

/**
 * 设置 → 党支部: add a branch, rename it, retire it (撤销: it keeps its units and reports, takes no new unit) or bring
 * it back, and choose its units (划入单位; a unit is in at most one branch, so choosing it here takes it out of
 * another). A branch's figures and report cover its units and the units below them that name no branch of their own.
 */
export function PartyBranchesForm() {
  const { message } = App.useApp();
  const { units, refresh } = useReferenceData();
  const { branches, error: loadError, reload } = usePartyBranches();
  const [newName, setNewName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [renaming, setRenaming] = useState<{ branch: PartyBranch; name: string } | null>(null);
  /** Units just chosen for a branch, shown at once while they are saved (then the units themselves say it). */
  const [choosing, setChoosing] = useState<Readonly<Record<string, string[]>>>({});

  const chooseUnits = async (branch: PartyBranch, ids: string[]) => {
    setChoosing((c) => ({ ...c, [branch.id]: ids }));
    await run(() => setBranchUnits(branch.id, ids), `“${branch.name}”的单位已保存`);
    setChoosing(({ [branch.id]: _done, ...rest }) => rest);
  };

  const unitOptions = useMemo(() => unitsInTreeOrder(units).map((u) => ({ value: u.id, label: u.name })), [units]);

  /** Runs a change, then reads units and branches again; a refusal is shown above the list. */
  const run = async (change: () => Promise<unknown>, done: string): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      await change();
    } catch (refused) {
      setError(errorText(refused));
      setBusy(false);
      return false;
    }
    await refresh();
    await reload();
    message.success(done);
    setBusy(false);
    return true;
  };

  const add = async () => {
    if (await run(() => addPartyBranch(newName), `已添加党支部“${newName.trim()}”`)) setNewName('');
  };

  return (
    <div data-testid="party-branches">
      <Space.Compact style={{ marginBottom: 12 }}>
        <Input
          aria-label="新党支部名称"
          placeholder="新党支部名称，如：综采一队党支部"
          style={{ width: 320 }}
          value={newName}
          maxLength={TEXT_LIMITS.partyBranch}
          onChange={(e) => setNewName(e.target.value)}
          onPressEnter={() => void add()}
        />
        <Button type="primary" loading={busy} onClick={() => void add()}>
          添加党支部
        </Button>
      </Space.Compact>
      {(error ?? loadError) && (
        <Alert type="error" showIcon role="alert" style={{ marginBottom: 12 }} message={error ?? loadError} />
      )}
      <Table<PartyBranch>
        size="small"
        rowKey="id"
        pagination={false}
        loading={branches === null}
        dataSource={branches ?? []}
        locale={{ emptyText: '还没有党支部' }}
        columns={[
          {
            title: '党支部',
            dataIndex: 'name',
            width: 260,
            render: (name: string, branch) => (
              <Space>
                {name}
                {branch.retired && <Tag>已撤销</Tag>}
              </Space>
            ),
          },
          {
            title: '所含单位',
            render: (_, branch) => (
              <Select
                mode="multiple"
                aria-label={`${branch.name}所含单位`}
                style={{ width: '100%', minWidth: 320 }}
                placeholder="选择划入本党支部的单位"
                showSearch={{ optionFilterProp: 'label' }}
                options={unitOptions}
                value={choosing[branch.id] ?? unitsNamingBranch(branch.name, units).map((u) => u.id)}
                onChange={(ids: string[]) => void chooseUnits(branch, ids)}
              />
            ),
          },
          {
            title: '操作',
            width: 160,
            render: (_, branch) => (
              <Space>
                <Button size="small" onClick={() => setRenaming({ branch, name: branch.name })}>
                  重命名
                </Button>
                <Button
                  size="small"
                  onClick={() =>
                    void run(
                      () => setPartyBranchRetired(branch.id, !branch.retired),
                      branch.retired ? `“${branch.name}”已恢复` : `“${branch.name}”已撤销`,
                    )
                  }
                >
                  {branch.retired ? '恢复' : '撤销'}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {renaming && (
        <Modal
          open
          title={`重命名党支部：${renaming.branch.name}`}
          okText="保存"
          confirmLoading={busy}
          onCancel={() => setRenaming(null)}
          onOk={async () => {
            const ok = await run(
              () => renamePartyBranch(renaming.branch.id, renaming.name),
              `已改名为“${renaming.name.trim()}”`,
            );
            if (ok) setRenaming(null);
          }}
          destroyOnHidden
        >
          <Input
            aria-label="党支部名称"
            autoFocus
            maxLength={TEXT_LIMITS.partyBranch}
            value={renaming.name}
            onChange={(e) => setRenaming({ ...renaming, name: e.target.value })}
          />
          <FormRefusal error={error} />
        </Modal>
      )}
    </div>
  );
}
