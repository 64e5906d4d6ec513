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
  const fromRisk = useRiskMatterToConvert(fromRiskId);
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
  if (fresh === null && fromRisk.state !== 'none') {
    // The draft is the clerk's unsaved work: a matter converted now would be typed over it, so it comes first.
    const refusal =
      fromRisk.state === 'refused'
        ? fromRisk.reason
        : draft.initial
          ? '信访登记中有一份未保存的草稿。请先保存或清空该草稿，再将排查事项转为信访事项。'
          : null;
    if (refusal) return <ConversionRefused reason={refusal} />;
    if (fromRisk.state === 'ready') {
      const start = registrationFromRiskMatter(fromRisk.matter, newRegistration(now(), actor.displayName));
      return <RegistrationForm key={0} start={start} draft={draft} fromRisk={fromRisk.matter} onSaved={setSaved} />;
    }
  }
  const start = fresh?.start ?? draft.initial ?? newRegistration(now(), actor.displayName);
  return <RegistrationForm key={fresh?.key ?? 0} start={start} draft={draft} onSaved={setSaved} />;
}
