import { Spin } from 'antd';
import { useState } from 'react';
import { useLocation } from 'react-router';
import { now } from '../../services/clock';
import type { RegistrationInput } from '../../domain/registration';
import { newRegistration } from '../../domain/registrationDefaults';
import { useSession } from '../../services/session/SessionContext';
import type { Petition } from '../../domain/types';
import { RegistrationForm } from './RegistrationForm';
import { RegistrationSuccess } from './RegistrationSuccess';
import { useRegistrationDraft } from './useRegistrationDraft';

/** 信访登记. Each visit through the menu is a fresh page (a new location key), so after a save it opens a new form. */
export function RegistrationPage() {
  const location = useLocation();
  return <RegistrationFlow key={location.key} />;
}

/** The form (restored from its draft), then the number and what to do next. */
function RegistrationFlow() {
  const draft = useRegistrationDraft();
  const { actor } = useSession();
  const [saved, setSaved] = useState<Petition | null>(null);
  // After 继续登记 the next form starts empty even though this page restored a draft when it opened.
  const [fresh, setFresh] = useState<{ start: RegistrationInput; key: number } | null>(null);

  if (draft.initial === undefined) {
    return (
      <div style={{ display: 'grid', placeItems: 'center', minHeight: 300 }}>
        <Spin description="正在读取草稿…" />
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
  const start = fresh?.start ?? draft.initial ?? newRegistration(now(), actor.displayName);
  return <RegistrationForm key={fresh?.key ?? 0} start={start} draft={draft} onSaved={setSaved} />;
}
