import { Alert, Button, Flex, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { now } from '../../../services/clock';
import { useCaseEnvironment } from '../../../services/useCaseEnvironment';
import { caseStateOf } from '../../../db/cases';
import type { PetitionDetail } from '../../../domain/petitionDetail';
import { availableActions, transition } from '../../../domain/workflow';
import { CASE_ACTIONS, type CaseAction } from '../../../domain/workflowPayloads';
import { CaseActionDialog } from './CaseActionDialog';
import { isCaseAction, mainAction } from './caseActionModel';

/**
 * 办理操作: one button per action the case allows now (the main next step as the primary button), each opening its
 * form. `?action=<key>` (the 督办 board links there) opens that form at once, or says why it cannot be done now.
 */
export function CaseActions({ detail }: { detail: PetitionDetail }) {
  const { rules, calendar } = useCaseEnvironment();
  const state = caseStateOf(detail.petition);
  const available = availableActions(state.status, state.facts).map((a) => a.action);
  const main = mainAction(available);
  // The main next step comes first, the other actions in the order of the workflow table.
  const buttons = main ? [main, ...available.filter((a) => a !== main)] : available;
  const [open, setOpen] = useState<CaseAction | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = searchParams.get('action');
  const [handled, setHandled] = useState<string | null>(null);

  // Handled while rendering (not in an effect) so the form is open in the first paint after the link.
  if (requested !== handled) {
    setHandled(requested);
    if (requested !== null) {
      if (isCaseAction(requested) && available.includes(requested)) {
        setOpen(requested);
        setNotice(null);
      } else if (isCaseAction(requested)) {
        const refused = transition(state, requested, {}, { now: now(), actor: '', calendar, rules });
        const reason = refused.ok ? '' : `：${refused.reason}`;
        setNotice(`现在不能${CASE_ACTIONS[requested]}${reason}`);
      } else {
        setNotice(`链接中的操作“${requested}”无法识别`);
      }
    }
  }

  // The request is used once: closing the form and reloading the page must not open it again.
  useEffect(() => {
    if (requested === null) return;
    setSearchParams(
      (params) => {
        params.delete('action');
        return params;
      },
      { replace: true },
    );
  }, [requested, setSearchParams]);

  return (
    <div>
      {notice && (
        <Alert
          type="warning"
          showIcon
          closable={{ onClose: () => setNotice(null) }}
          title={notice}
          style={{ marginBottom: 12 }}
          data-testid="case-action-notice"
        />
      )}
      {available.length === 0 ? (
        <Typography.Text type="secondary">本案当前状态下没有可进行的办理操作</Typography.Text>
      ) : (
        <Flex wrap gap={8} role="toolbar" aria-label="办理操作">
          {buttons.map((action) => (
            <Button key={action} type={action === main ? 'primary' : 'default'} onClick={() => setOpen(action)}>
              {CASE_ACTIONS[action]}
            </Button>
          ))}
        </Flex>
      )}
      {open && <CaseActionDialog key={open} action={open} detail={detail} onClose={() => setOpen(null)} />}
    </div>
  );
}
