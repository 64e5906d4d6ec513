import { Alert } from 'antd';
import type { LostRecords } from '../../db/backup/lostRecords';

/** Numbers listed in full before the rest are summed up, so a long list stays readable. */
const LISTED = 30;

/**
 * What the restore would lose: the petitions registered after the backup by number, and how many case events and
 * letters were recorded since. Their numbers stay taken: the next registration and letter continue above them.
 */
export function LostRecordsView({ lost }: { lost: LostRecords }) {
  const { regNos, caseEvents, documents } = lost;
  if (regNos.length + caseEvents + documents === 0)
    return <Alert type="info" showIcon title="本机没有备份之后新增的信访事项、办理记录或文书。" />;
  const listed = regNos.slice(0, LISTED).join('、');
  const more = regNos.length > LISTED ? '等' : '';
  return (
    <Alert
      type="error"
      showIcon
      title="恢复后将丢失备份之后的记录"
      description={
        <ul aria-label="将丢失的记录" style={{ margin: 0, paddingInlineStart: 20 }}>
          {regNos.length > 0 && <li>{`备份之后登记的${regNos.length}件：${listed}${more}`}</li>}
          {caseEvents > 0 && <li>{`备份之后的办理记录${caseEvents}条`}</li>}
          {documents > 0 && <li>{`备份之后出具的文书${documents}份`}</li>}
          <li>这些登记编号和文号仍视为已使用，恢复后新登记和新出具的文书从更大的号码继续，不会重号。</li>
        </ul>
      }
    />
  );
}
