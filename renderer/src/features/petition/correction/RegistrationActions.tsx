import { Button, Tooltip } from 'antd';
import { useState } from 'react';
import { useSession } from '../../../services/session/SessionContext';
import { correctionRefusal, voidRefusal } from '../../../domain/correction';
import type { Petition } from '../../../domain/types';
import { CorrectionModal } from './CorrectionModal';
import { VoidModal } from './VoidModal';

/**
 * 修改登记 and 作废 on the case page, for the roles the repository lets do them (it checks again on save); a refused
 * button stays visible, disabled, with the reason.
 */
export function RegistrationActions({ petition }: { petition: Petition }) {
  const { actor } = useSession();
  const [open, setOpen] = useState<'correct' | 'void' | null>(null);
  if (actor.role !== 'admin' && actor.role !== 'receptionist') return null;
  if (petition.status === 'voided') return null;
  const noCorrect = correctionRefusal(actor.role, petition);
  const noVoid = voidRefusal(actor.role, petition);
  return (
    <>
      <Tooltip title={noCorrect}>
        <Button disabled={noCorrect !== null} onClick={() => setOpen('correct')}>
          修改登记
        </Button>
      </Tooltip>
      <Tooltip title={noVoid}>
        <Button danger disabled={noVoid !== null} onClick={() => setOpen('void')}>
          作废
        </Button>
      </Tooltip>
      {open === 'correct' && <CorrectionModal petitionId={petition.id} onClose={() => setOpen(null)} />}
      <VoidModal petitionId={petition.id} regNo={petition.regNo} open={open === 'void'} onClose={() => setOpen(null)} />
    </>
  );
}
