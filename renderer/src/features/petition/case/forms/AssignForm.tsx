import { Form } from 'antd';
import type { Unit } from '../../../../domain/types';
import { UnitSelect } from '../../../reception/UnitSelect';
import { DayField, LongTextField, TextField, type ActionForm } from './fields';

/** 交办: the handling unit, its 包案领导 and 承办人, and the day it must finish by. */
function AssignFields() {
  return (
    <>
      <Form.Item label="承办单位" name="unitId">
        <UnitSelect />
      </Form.Item>
      <TextField name="leader" label="包案领导" />
      <TextField name="handler" label="承办人" />
      <DayField name="dueDate" label="交办期限" past={false} />
      <LongTextField name="instruction" label="领导批示" />
    </>
  );
}

export const assignForm: ActionForm = {
  Fields: AssignFields,
  // The unit the matter concerns is usually the one to handle it; the office's limit is the handling due day.
  defaults: (_action, { detail, handlingDue }) => ({ unitId: detail.petition.unitId ?? undefined, dueDate: handlingDue ?? undefined }),
};

/** The timeline names the unit; the payload keeps its id as the reference and its name as it reads today. */
export function withUnitName(payload: Record<string, unknown>, units: readonly Unit[]): Record<string, unknown> {
  const unit = units.find((u) => u.id === payload.unitId);
  return unit ? { ...payload, unitName: unit.name } : payload;
}
