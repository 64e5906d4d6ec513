import { App, Select } from 'antd';
import { useState } from 'react';
import { useReferenceData } from '../../../../services/ReferenceData';
import { errorText } from '../../../../db/errors';
import { STAFF_DUTIES, staffAddable, staffName, staffNamesFor, type StaffDuty } from '../../../../domain/staff';
import { addStaffDuty } from '../../../../services/data/settings';

/** Marks the option that adds the typed name; a stored name cannot start with a C0 control (stripXmlIllegal). */
const ADD = '\u0001add:';

interface StaffSelectProps {
  duty: StaffDuty;
  id?: string;
  value?: string | null;
  onChange?: (name: string | null) => void;
}

/**
 * 包案领导 or 承办人, chosen from 办理人员 (settings): typing filters the names and Enter takes the one left. A name not
 * on the list is offered as 「添加“…”为包案领导」, which puts it on the list first, so a name is never stored in two
 * spellings and 我的案件 finds every case of a person.
 */
export function StaffSelect({ duty, id, value, onChange }: StaffSelectProps) {
  const { settings, refresh } = useReferenceData();
  const { message } = App.useApp();
  const [search, setSearch] = useState('');
  const [adding, setAdding] = useState(false);
  const names = staffNamesFor(settings.staff, duty, value);
  const typed = staffName(search);
  const addable = !names.includes(typed) && staffAddable(settings.staff, typed, duty);
  const options = [
    ...names.map((name) => ({ value: name, label: name })),
    ...(addable ? [{ value: ADD + typed, label: `添加“${typed}”为${STAFF_DUTIES[duty]}` }] : []),
  ];

  const choose = async (chosen: string | undefined) => {
    setSearch('');
    if (!chosen?.startsWith(ADD)) {
      onChange?.(chosen ?? null);
      return;
    }
    const name = chosen.slice(ADD.length);
    setAdding(true);
    try {
      await addStaffDuty(name, duty);
      await refresh();
      onChange?.(name);
    } catch (refused) {
      message.error(`添加办理人员失败：${errorText(refused)}`);
    } finally {
      setAdding(false);
    }
  };

  return (
    <Select
      id={id}
      allowClear
      loading={adding}
      placeholder="输入姓名查找或添加"
      value={value ?? undefined}
      options={options}
      showSearch={{ searchValue: search, onSearch: setSearch, optionFilterProp: 'label' }}
      notFoundContent={`输入姓名查找；新的${STAFF_DUTIES[duty]}可在此添加`}
      onChange={(chosen: string | undefined) => void choose(chosen)}
    />
  );
}
