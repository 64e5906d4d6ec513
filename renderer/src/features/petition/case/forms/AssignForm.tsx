import { Form } from 'antd';
import type { Unit } from '../../../../domain/types';
import { UnitSelect } from '../../../reception/UnitSelect';
import { DayField, LongTextField, type ActionForm } from './fields';
import { StaffSelect } from './StaffSelect';

/** 交办: the handling unit, its 包案领导 and 承办人, and the day it must finish by. */
function AssignFields() {
  return (
    <>
      <Form.Item label="承办单位" name="unitId">
        <UnitSelect />
      </Form.Item>
      <Form.Item label="包案领导" name="leader">
        <StaffSelect duty="leads" />
      </Form.Item>
      <Form.Item label="承办人" name="handler">
        <StaffSelect duty="handles" />
      </Form.Item>
      <DayField name="dueDate" label="交办期限" past={false} />
      <LongTextField name="instruction" label="领导批示" />
    </>
  );
}

export const assignForm: ActionForm = {
  Fields: AssignFields,
  // The unit the matter concerns is usually the one to handle it; the office's limit is the handling due day.
  defaults: (_action, { detail, handlingDue }) => ({
    unitId: detail.petition.unitId ?? undefined,
    dueDate: handlingDue ?? undefined,
  }),
};

/** The timeline names the unit; the payload keeps its id as the reference and its name as it reads today. */
export function withUnitName(payload: Record<string, unknown>, units: readonly Unit[]): Record<string, unknown> {
  const unit = units.find((u) => u.id === payload.unitId);
  return unit ? { ...payload, unitName: unit.name } : payload;
}
