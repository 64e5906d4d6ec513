import { ImportOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { useReferenceData } from '../../services/ReferenceData';
import type { RepeatCandidate } from '../../db/petitioners';
import { CONTACT_FIELD_LABELS, fillableContact, type ContactField, type KnownContact } from '../../domain/knownContact';
import { nodePath } from '../../domain/treePath';

/** A row of the form as the offers read it: what the clerk typed of the person's contact. */
export type ContactRow = Partial<KnownContact>;

interface KnownContactOffersProps {
  rows: readonly ContactRow[];
  /** Newest first: the first candidate of a row is its person's latest record. */
  candidates: readonly RepeatCandidate[];
  onFill(candidate: RepeatCandidate): Promise<void>;
}

/**
 * 已知信息: for each person on the form recognised as someone on file, what is on file that the row leaves blank
 * (the phone masked), with 填入已知信息. Nothing is filled until the clerk asks, and nothing typed is replaced.
 */
export function KnownContactOffers({ rows, candidates, onFill }: KnownContactOffersProps) {
  const { units } = useReferenceData();
  const [filling, setFilling] = useState<number | null>(null);
  const offers = rows.flatMap((row, index) => {
    const candidate = candidates.find((c) => c.forPerson === index);
    const fields = candidate ? fillableContact(row, candidate.known) : [];
    return candidate && fields.length > 0 ? [{ index, candidate, fields }] : [];
  });
  if (offers.length === 0) return null;

  const shown = (known: KnownContact, field: ContactField) =>
    field === 'unitId' ? nodePath(units, known.unitId) : known[field];
  return (
    <div className="desk-known-contacts" data-testid="known-contacts">
      {offers.map(({ index, candidate, fields }) => (
        <Space
          key={index}
          wrap
          className="desk-known-contact"
          role="group"
          aria-label={`信访人 ${index + 1} 的已知信息`}
        >
          <Typography.Text strong>
            信访人 {index + 1}（{candidate.petitionerName}）已知信息：
          </Typography.Text>
          <Typography.Text>
            {fields.map((f) => `${CONTACT_FIELD_LABELS[f]} ${shown(candidate.known, f)}`).join('；')}
          </Typography.Text>
          <Button
            size="small"
            icon={<ImportOutlined />}
            loading={filling === index}
            disabled={filling !== null && filling !== index}
            onClick={() => {
              setFilling(index);
              onFill(candidate).finally(() => setFilling(null));
            }}
          >
            填入已知信息
          </Button>
        </Space>
      ))}
    </div>
  );
}
