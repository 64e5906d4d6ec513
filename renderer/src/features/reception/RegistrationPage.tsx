import { Spin } from 'antd';
import { useState } from 'react';
import { useLocation } from 'react-router';
import { now } from '../../services/clock';
import type { RegistrationInput } from '../../domain/registration';
import { newRegistration } from '../../domain/registrationDefaults';
import { useSession } from '../../services/session/SessionContext';
import type { Petition } from '../../domain/types';
import { registrationFromRiskMatter } from '../../domain/risk/conversion';
import { ConversionRefused, useRiskMatterToConvert } from './riskConversion';
import { RegistrationForm } from './RegistrationForm';
import { RegistrationSuccess } from './RegistrationSuccess';
import { useRegistrationDraft } from './useRegistrationDraft';

/**
 * 信访登记. Each visit through the menu is a fresh page (a new location key), so after a save it opens a new form.
 * `?fromRisk=<id>` opens it for 转为信访事项: filled from that screening-ledger matter, which the save links.
 */
export function RegistrationPage() {
  const location = useLocation();
  const fromRisk = new URLSearchParams(location.search).get('fromRisk');
  return <RegistrationFlow key={location.key} fromRiskId={fromRisk} />;
}

/** The form (restored from its draft, or filled from a matter), then the number and what to do next. */
function RegistrationFlow({ fromRiskId }: { fromRiskId: string | null }) {
  const draft = useRegistrationDraft();
  const { actor } = useSession();
  // A draft of a conversion resumes it (a reload, a crash, Esc and back); asked for another matter, it comes first.
  const draftRiskId = draft.initial?.fromRiskMatterId ?? null;
  const riskId = draft.initial === undefined ? null : (fromRiskId ?? draftRiskId);
  const fromRisk = useRiskMatterToConvert(riskId);
  const [saved, setSaved] = useState<Petition | null>(null);
  // After 继续登记 the next form starts empty even though this page restored a draft when it opened.
  const [fresh, setFresh] = useState<{ start: RegistrationInput; key: number } | null>(null);

  if (draft.initial === undefined || fromRisk.state === 'loading') {
    return (
      <div style={{ display: 'grid', placeItems: 'center', minHeight: 300 }}>
        <Spin description={fromRisk.state === 'loading' ? '正在读取排查事项…' : '正在读取草稿…'} />
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
  if (fresh === null && riskId !== null) {
    const otherDraft = fromRiskId !== null && draft.initial !== null && draftRiskId !== fromRiskId;
    if (otherDraft)
      return (
        <ConversionRefused reason="信访登记中有一份未保存的草稿。请先保存或清空该草稿，再将排查事项转为信访事项。" />
      );
    if (fromRisk.state === 'ready') {
      const start =
        draft.initial ?? registrationFromRiskMatter(fromRisk.matter, newRegistration(now(), actor.displayName));
      return <RegistrationForm key={0} start={start} draft={draft} fromRisk={fromRisk.matter} onSaved={setSaved} />;
    }
    // Asked for a matter that cannot be converted: say why. A draft whose matter can no longer be converted (销号
    // meanwhile) opens as a plain registration, with the reason, so nothing typed is lost.
    if (fromRisk.state === 'refused' && (fromRiskId !== null || draft.initial === null))
      return <ConversionRefused reason={fromRisk.reason} />;
    if (fromRisk.state === 'refused')
      return (
        <RegistrationForm
          key={0}
          start={draft.initial ?? newRegistration(now(), actor.displayName)}
          draft={draft}
          notice={`${fromRisk.reason}。草稿按普通信访登记继续。`}
          onSaved={setSaved}
        />
      );
  }
  const start = fresh?.start ?? draft.initial ?? newRegistration(now(), actor.displayName);
  return <RegistrationForm key={fresh?.key ?? 0} start={start} draft={draft} onSaved={setSaved} />;
}
