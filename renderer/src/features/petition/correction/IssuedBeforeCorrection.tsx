import { Tag, Tooltip } from 'antd';

/**
 * Marks a document issued before the registration's last 修改登记: its bytes are kept (they were true when issued),
 * but a reader must know the registration has changed since.
 */
export function IssuedBeforeCorrection({
  issuedAt,
  correctedAt,
}: {
  issuedAt: string;
  correctedAt: string | undefined;
}) {
  if (!correctedAt || issuedAt >= correctedAt) return null;
  return (
    <Tooltip title="该文书出具后，登记信息又经过修改；文书保留出具时的内容">
      <Tag color="orange" style={{ marginLeft: 8 }} data-testid="issued-before-correction">
        出具后登记已修改
      </Tag>
    </Tooltip>
  );
}
