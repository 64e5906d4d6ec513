import { Spin } from 'antd';
import { useState } from 'react';
import { useLocation } from 'react-router';
import { now } from '../../services/clock';
import type { RegistrationInput } from '../../domain/registration';
import { newRegistration } from '../../domain/registrationDefaults';
import { registrationOnReceptionDay } from '../../domain/outreach/registration';
import { useSession } from '../../services/session/SessionContext';
import type { Petition } from '../../domain/types';
import {
  backOf,
  sourceKey,
  sourceOfDraft,
  sourceOfSearch,
  useRegistrationOrigin,
  type OriginSource,
} from './registrationOrigin';
import { ConversionRefused } from './riskConversion';
import { RegistrationForm } from './RegistrationForm';
import { RegistrationSuccess } from './RegistrationSuccess';
import { useRegistrationDraft } from './useRegistrationDraft';

/**
 * 信访登记. Each visit through the menu is a fresh page (a new location key), so after a save it opens a new form.
 * `?fromRisk=<id>` opens it for 转为信访事项: filled from that screening-ledger matter, which the save links;
 * `?fromActivity=<id>&problem=<id>` for 登记为信访事项 from a problem an activity found, likewise;
 * `?receptionDay=<id>&on=<day>` for 登记来访 on a 领导接待日 (channel and day filled, the day preselected).
 */
export function RegistrationPage() {
  const location = useLocation();
  return (
    <RegistrationFlow
      key={location.key}
      asked={sourceOfSearch(location.search)}
      receptionDay={receptionDayOfSearch(location.search)}
    />
  );
}

function receptionDayOfSearch(search: string): { id: string; on: string } | null {
  const params = new URLSearchParams(search);
  const id = params.get('receptionDay');
  const on = params.get('on');
  return id && on ? { id, on } : null;
}

/** The form (restored from its draft, or filled from a matter or problem), then the number and what to do next. */
function RegistrationFlow({
  asked,
  receptionDay,
}: {
  asked: OriginSource | null;
  receptionDay: { id: string; on: string } | null;
}) {
  const draft = useRegistrationDraft();
  const { actor } = useSession();
  // A draft of a conversion resumes it (a reload, a crash, Esc and back); asked for another source, it comes first.
  const draftSource = sourceOfDraft(draft.initial);
  const source = draft.initial === undefined ? null : (asked ?? draftSource);
  const fromOrigin = useRegistrationOrigin(source);
  const [saved, setSaved] = useState<Petition | null>(null);
  // After 继续登记 the next form starts empty even though this page restored a draft when it opened.
  const [fresh, setFresh] = useState<{ start: RegistrationInput; key: number } | null>(null);

  if (draft.initial === undefined || fromOrigin.state === 'loading') {
    const reading = source?.kind === 'activity' ? '正在读取走访座谈活动…' : '正在读取排查事项…';
    return (
      <div style={{ display: 'grid', placeItems: 'center', minHeight: 300 }}>
        <Spin description={fromOrigin.state === 'loading' ? reading : '正在读取草稿…'} />
      </div>
    );
  }
  if (saved) {
    return (
      <RegistrationSuccess
        petition={saved}
        onContinue={() => {
          setSaved(null);
          setFresh((f) => ({ start: newRegistration(now(), actor.displayName), key: (f?.key ?? 0) + 1 }));
        }}
      />
    );
  }
  if (fresh === null && source !== null) {
    const otherDraft = asked !== null && draft.initial !== null && sourceKey(draftSource) !== sourceKey(asked);
    if (otherDraft)
      return (
        <ConversionRefused
          back={backOf(source)}
          reason={`信访登记中有一份未保存的草稿。请先保存或清空该草稿，再将${source.kind === 'risk' ? '排查事项' : '活动发现的问题'}登记为信访事项。`}
        />
      );
    if (fromOrigin.state === 'ready') {
      const start = draft.initial ?? fromOrigin.origin.start(newRegistration(now(), actor.displayName));
      return <RegistrationForm key={0} start={start} draft={draft} origin={fromOrigin.origin} onSaved={setSaved} />;
    }
    // Asked for a matter or problem that cannot be registered: say why. A draft whose matter can no longer be
    // converted (销号 meanwhile) opens as a plain registration, with the reason, so nothing typed is lost.
    if (fromOrigin.state === 'refused' && (asked !== null || draft.initial === null))
      return <ConversionRefused back={backOf(source)} reason={fromOrigin.reason} />;
    if (fromOrigin.state === 'refused')
      return (
        <RegistrationForm
          key={0}
          start={draft.initial ?? newRegistration(now(), actor.displayName)}
          draft={draft}
          notice={`${fromOrigin.reason}。草稿按普通信访登记继续。`}
          onSaved={setSaved}
        />
      );
  }
  const blank = newRegistration(now(), actor.displayName);
  const onDay = fresh === null ? receptionDay : null;
  const start = fresh?.start ?? draft.initial ?? (onDay ? registrationOnReceptionDay(blank, onDay.on) : blank);
  return (
    <RegistrationForm
      key={fresh?.key ?? 0}
      start={start}
      draft={draft}
      receptionDayId={onDay?.id ?? null}
      onSaved={setSaved}
    />
  );
}
