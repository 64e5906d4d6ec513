import { App, Button, Dropdown } from 'antd';
import { useState } from 'react';
import { errorText } from '../../db/errors';
import { today } from '../../domain/dates';
import type { Activity, SuggestionRow } from '../../domain/outreach/types';
import type { SaveFileResult } from '../../platform';
import { now } from '../../services/clock';
import { useReferenceData } from '../../services/ReferenceData';
import { useSession } from '../../services/session/SessionContext';
import { useOpenSavedFile } from '../petition/useOpenSavedFile';
import { saveForumMinutes, saveSuggestionTable, type SuggestionTableRequest } from './outreachDocuments';

/** Runs an export once at a time: says where the file went, or why it failed; nothing when the clerk cancelled. */
function useExport(what: string) {
  const { message } = App.useApp();
  const openSaved = useOpenSavedFile();
  const [busy, setBusy] = useState(false);
  const run = (save: () => Promise<SaveFileResult>) => {
    setBusy(true);
    save()
      .then(
        (result) => {
          if (result.saved) openSaved(result.path, what);
        },
        (failed: unknown) => message.error(`${what}未能导出：${errorText(failed)}`),
      )
      .finally(() => setBusy(false));
  };
  return { busy, run };
}

/** 下载纪要 of a forum (or any activity that collected suggestions), dated today under the office's name. */
export function ForumMinutesButton(props: {
  activity: Activity;
  suggestions: readonly SuggestionRow[] | undefined;
  unitName: string;
}) {
  const { settings } = useReferenceData();
  const { actor } = useSession();
  const { busy, run } = useExport('纪要');
  const { suggestions } = props;
  return (
    <Button
      loading={busy}
      disabled={!suggestions}
      onClick={() =>
        suggestions &&
        run(() =>
          saveForumMinutes({
            activity: props.activity,
            suggestions,
            unitName: props.unitName,
            role: actor.role,
            issuer: settings.orgName,
            date: today(now()),
          }),
        )
      }
    >
      下载纪要
    </Button>
  );
}

const FORMATS = [
  { key: 'docx', label: 'Word 文档（.docx）' },
  { key: 'xlsx', label: 'Excel 工作簿（.xlsx）' },
] as const;

/** 导出答复情况表 of the suggestions given (a forum's, or those the 意见建议 page lists), as .docx or .xlsx. */
export function SuggestionTableButton(props: {
  subject: SuggestionTableRequest['subject'];
  suggestions: readonly SuggestionRow[] | undefined;
  activities: readonly Activity[];
}) {
  const { settings } = useReferenceData();
  const { busy, run } = useExport('答复情况表');
  const { suggestions } = props;
  return (
    <Dropdown
      disabled={!suggestions || suggestions.length === 0 || busy}
      trigger={['click']}
      menu={{
        items: [...FORMATS],
        onClick: ({ key }) =>
          suggestions &&
          run(() =>
            saveSuggestionTable({
              subject: props.subject,
              suggestions,
              activities: props.activities,
              format: key === 'xlsx' ? 'xlsx' : 'docx',
              issuer: settings.orgName,
              date: today(now()),
            }),
          ),
      }}
    >
      <Button loading={busy}>导出答复情况表</Button>
    </Dropdown>
  );
}
