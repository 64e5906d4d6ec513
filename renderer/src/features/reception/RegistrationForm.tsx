import { SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Popconfirm, Space, Typography, type FormInstance } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { now } from '../../services/clock';
import { useReferenceData } from '../../services/ReferenceData';
import { useSession } from '../../services/session/SessionContext';
import { RegistrationError, errorText } from '../../db/errors';
import type { RepeatCandidate } from '../../db/petitioners';
import { genderFromIdNumber } from '../../domain/idNumber';
import { channelWording } from '../../domain/channelWording';
import { newRegistration } from '../../domain/registrationDefaults';
import {
  validateReception,
  validateRegistration,
  type FieldErrors,
  type RegistrationInput,
} from '../../domain/registration';
import { CONTACT_FIELD_LABELS, contactPatch, knownContactOf, type ContactField } from '../../domain/knownContact';
import type { Category, Petition } from '../../domain/types';
import { moveFocusOnEnter, usePageShortcuts } from '../../ui/keyboard';
import { PageHeader } from '../../ui/PageHeader';
import { AttachmentsField } from './AttachmentsField';
import { ContactFields } from './ContactFields';
import { DraftIndicator } from './DraftIndicator';
import { fieldNameForErrorPath, toFormValues, toRegistrationInput, type RegistrationFormValues } from './formValues';
import { MatterFields } from './MatterFields';
import { PetitionersField } from './PetitionersField';
import { ReceptionDaySelect, useReceptionDayChoice } from './ReceptionDayChoice';
import { RepeatPanel, type RepeatPanelProps } from './RepeatPanel';
import type { RegistrationOrigin } from './registrationOrigin';
import type { RegistrationDraftValue } from '../../domain/risk/conversion';
import type { RegistrationDraft } from './useRegistrationDraft';
import { revealPetitioner } from '../../services/data/petition';
import { linkReception, registerPetition } from '../../services/data/reception';

interface RegistrationFormProps {
  start: RegistrationInput;
  draft: RegistrationDraft;
  /** 转为信访事项 / 登记为信访事项: the matter or activity's problem this registration comes from, linked on save. */
  origin?: RegistrationOrigin;
  /** Something the clerk must know about what the form opened with (a conversion that can no longer be made). */
  notice?: string;
  /** 登记来访 from a reception day's page: the day preselected (when it is held on the received day). */
  receptionDayId?: string | null;
  onSaved(petition: Petition): void;
}

export function RegistrationForm({ start, draft, origin, notice, receptionDayId, onSaved }: RegistrationFormProps) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { settings, categories } = useReferenceData();
  const { actor } = useSession();
  const [form] = Form.useForm<RegistrationFormValues>();
  const blank = useCallback(() => newRegistration(now(), actor.displayName), [actor.displayName]);
  const restored = useMemo(() => restoreValues(start, categories, blank), [start, categories, blank]);
  const initialValues = restored.values;
  useEffect(() => {
    if (restored.problem) message.warning(restored.problem);
  }, [message, restored.problem]);
  // The clerk starts typing at once: on opening, and after 继续登记 (which mounts a new form).
  useEffect(() => form.focusField('channel'), [form]);
  // A registration from an activity's problem links to that activity already.
  const dayChoice = useReceptionDayChoice(form, receptionDayId ?? null, !origin);
  const busy = useRef(false);
  const [saving, setSaving] = useState(false);

  const readInput = useCallback(() => toRegistrationInput(form.getFieldsValue(true) as RegistrationFormValues), [form]);
  /** The draft carries the matter a conversion comes from, so a reload resumes the conversion. */
  const readDraft = useCallback(
    (): RegistrationDraftValue => (origin ? { ...readInput(), ...origin.draftFields } : readInput()),
    [origin, readInput],
  );

  /** Replaces every error on the form with the domain's messages, each beside its field; values stay untouched. */
  const showErrors = useCallback(
    (errors: FieldErrors) => {
      const byField = new Map<string, { name: (string | number)[]; errors: string[] }>();
      for (const stale of form.getFieldsError()) {
        if (stale.errors.length > 0) byField.set(JSON.stringify(stale.name), { name: stale.name, errors: [] });
      }
      for (const [path, text] of Object.entries(errors)) {
        const name = fieldNameForErrorPath(path);
        const key = JSON.stringify(name);
        const entry = byField.get(key) ?? { name, errors: [] };
        entry.errors.push(text);
        byField.set(key, entry);
      }
      // Paths come from the domain at run time, so the form's static field-name type cannot check them.
      form.setFields([...byField.values()] as Parameters<typeof form.setFields>[0]);
      const first = [...byField.values()].find((f) => f.errors.length > 0);
      if (first)
        form.scrollToField(first.name as Parameters<typeof form.scrollToField>[0], { block: 'center', focus: true });
    },
    [form],
  );

  const rules = useCallback(
    () => ({
      collectiveThreshold: settings.collectiveThreshold,
      attachmentMaxBytes: settings.attachmentMaxBytes,
      now: now(),
    }),
    [settings],
  );

  /** Runs a write with the form locked; a RegistrationError goes beside the fields, anything else to a message. */
  const submit = useCallback(
    async (write: () => Promise<void>) => {
      if (busy.current) return;
      busy.current = true;
      setSaving(true);
      try {
        await write();
      } catch (error) {
        if (error instanceof RegistrationError) {
          showErrors(error.errors);
          message.error('登记信息有误，请按红色提示修改');
        } else message.error(`保存失败：${errorText(error)}。已填写的内容仍在表单和草稿中。`);
      } finally {
        busy.current = false;
        setSaving(false);
      }
    },
    [message, showErrors],
  );

  /**
   * Once the write has committed, a draft that cannot be cleared must not read as a failed save: the clerk would
   * save again and register the matter twice.
   */
  const discardSavedDraft = useCallback(async () => {
    try {
      await draft.discard();
    } catch (error) {
      message.warning(`已保存，但草稿未能清除：${errorText(error)}。登记下一件前请先点“清空表单”。`);
    }
  }, [draft, message]);

  const save = useCallback(
    () =>
      submit(async () => {
        const input = readInput();
        const checked = validateRegistration(input, rules());
        if (!checked.ok) {
          showErrors(checked.errors);
          message.error('登记信息有误，请按红色提示修改');
          return;
        }
        showErrors({});
        const day = dayChoice.offered ? dayChoice.chosen : null;
        const petition = await registerPetition(
          input,
          now(),
          origin?.options ?? (day ? { receptionDayId: day.id } : {}),
        );
        message.success(
          origin
            ? origin.savedText(petition.regNo)
            : `登记成功，编号 ${petition.regNo}${day ? `；已关联领导接待日${day.activityNo}` : ''}`,
        );
        await discardSavedDraft();
        onSaved(petition);
      }),
    [
      dayChoice.chosen,
      dayChoice.offered,
      discardSavedDraft,
      origin,
      message,
      onSaved,
      readInput,
      rules,
      showErrors,
      submit,
    ],
  );

  const link = useCallback(
    (candidate: RepeatCandidate) =>
      submit(async () => {
        const input = readInput();
        const checked = validateReception(input, rules());
        if (!checked.ok) {
          showErrors(checked.errors);
          message.error('关联前请先补全来访信息');
          return;
        }
        await linkReception(candidate.petition.id, input, now());
        message.success(`已关联到信访事项 ${candidate.petition.regNo}，记为重复访`);
        await discardSavedDraft();
        navigate(`/petitions/${candidate.petition.id}`);
      }),
    [discardSavedDraft, message, navigate, readInput, rules, showErrors, submit],
  );

  /**
   * 填入已知信息: the person's record read through the audited reveal (the phone is shown masked until then), and only
   * the row's blank contact fields filled.
   */
  const fillKnown = useCallback(
    async (candidate: RepeatCandidate) => {
      try {
        const person = await revealPetitioner(
          candidate.petition.id,
          candidate.personId,
          now(),
          '信访登记时填入已知信息',
        );
        const row = ['petitioners', candidate.forPerson] as const;
        const patch = contactPatch(
          form.getFieldValue([...row]) as RegistrationFormValues['petitioners'][number] | undefined,
          knownContactOf(person),
        );
        const fields = Object.keys(patch) as ContactField[];
        for (const field of fields) form.setFieldValue([...row, field], patch[field]);
        draft.schedule(readDraft);
        if (fields.length > 0)
          message.success(
            `已填入信访人 ${candidate.forPerson + 1} 的${fields.map((f) => CONTACT_FIELD_LABELS[f]).join('、')}`,
          );
      } catch (error) {
        message.error(`未能填入已知信息：${errorText(error)}`);
      }
    },
    [draft, form, message, readDraft],
  );

  usePageShortcuts({ onSave: () => void save(), onLeave: () => navigate('/ledger') });

  const onValuesChange = (changed: Partial<RegistrationFormValues>) => {
    fillGenderFromIdNumber(form, changed);
    draft.schedule(readDraft);
  };

  return (
    <div className="desk-page">
      <PageHeader title="信访登记">
        <Typography.Text type="secondary">回车：下一项 · Ctrl+S：保存登记 · Esc：返回台账（草稿保留）</Typography.Text>
      </PageHeader>
      {origin?.banner}
      {notice && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={notice} />}
      <Form
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onValuesChange={onValuesChange}
        onKeyDownCapture={moveFocusOnEnter}
        requiredMark={false}
        aria-label="信访登记表"
      >
        <Card title={<ContactTitle form={form} />} size="small" className="desk-card">
          <ContactFields extra={<ReceptionDaySelect choice={dayChoice} />} />
        </Card>
        <Card title="信访人" size="small" className="desk-card">
          <PetitionersField form={form} />
          <WatchedRepeatPanel form={form} onLink={origin ? undefined : link} onFill={fillKnown} />
        </Card>
        <Card title="反映问题" size="small" className="desk-card">
          <MatterFields />
          <AttachmentsField />
        </Card>
        <div className="desk-form-footer">
          <Space>
            <Button type="primary" size="large" icon={<SaveOutlined />} loading={saving} onClick={() => void save()}>
              保存登记
            </Button>
            {origin ? (
              <Popconfirm
                title="放弃转入？"
                description={origin.abandonDescription}
                okText="放弃转入"
                cancelText="取消"
                onConfirm={async () => {
                  await draft.discard();
                  void navigate(origin.backTo.path);
                }}
              >
                <Button size="large">放弃转入</Button>
              </Popconfirm>
            ) : (
              <Popconfirm
                title="清空表单？"
                description="已填写的内容和草稿都将清除"
                okText="清空"
                cancelText="取消"
                onConfirm={async () => {
                  await draft.discard();
                  form.resetFields();
                  form.setFieldsValue(toFormValues(blank(), categories));
                  form.focusField('channel');
                }}
              >
                <Button size="large">清空表单</Button>
              </Popconfirm>
            )}
          </Space>
          <DraftIndicator status={draft.status} />
        </div>
      </Form>
    </div>
  );
}

/** A valid ID number tells the gender (GB 11643: odd 17th digit for men), so the clerk need not pick it. */
function fillGenderFromIdNumber(
  form: FormInstance<RegistrationFormValues>,
  changed: Partial<RegistrationFormValues>,
): void {
  changed.petitioners?.forEach((row, index) => {
    if (!row?.idNumber) return;
    const gender = genderFromIdNumber(row.idNumber);
    if (gender && !form.getFieldValue(['petitioners', index, 'gender'])) {
      form.setFieldValue(['petitioners', index, 'gender'], gender);
    }
  });
}

/** A draft written by an older version may no longer fit the form; the clerk is told and starts from a blank form. */
function restoreValues(
  start: RegistrationInput,
  categories: readonly Category[],
  blank: () => RegistrationInput,
): { values: RegistrationFormValues; problem: string | null } {
  try {
    return { values: toFormValues(start, categories), problem: null };
  } catch (error) {
    return {
      values: toFormValues(blank(), categories),
      problem: `上次的草稿无法恢复（${errorText(error)}），已打开空白登记表`,
    };
  }
}

/** Watches the petitioners on its own, so typing a name re-renders the lookup panel and not the whole form. */
function WatchedRepeatPanel({
  form,
  onLink,
  onFill,
}: { form: FormInstance<RegistrationFormValues> } & Pick<RepeatPanelProps, 'onLink' | 'onFill'>) {
  const petitioners = Form.useWatch('petitioners', form);
  const people: RepeatPanelProps['people'] = (petitioners ?? []).map((p) => ({
    idNumber: p?.idNumber,
    name: p?.name,
    phone: p?.phone,
    address: p?.address,
    unitId: p?.unitId ?? null,
  }));
  return <RepeatPanel people={people} onLink={onLink} onFill={onFill} />;
}

/** 来访信息, or 来信信息 for a letter: the first card's title follows the channel (channelWording). */
function ContactTitle({ form }: { form: FormInstance<RegistrationFormValues> }) {
  const channel = Form.useWatch('channel', form);
  return channelWording(channel).section;
}
