import { Tag } from 'antd';
import { FLAG_LABELS, type PetitionFlags } from '../domain/types';

const FLAG_KEYS = Object.keys(FLAG_LABELS) as (keyof PetitionFlags)[];
const COLORS: Record<string, string> = { 集体访: 'red', 重复访: 'orange' };

/** The flags a petition carries, 重复访 included (it is a count of receptions, not a stored flag). */
export function flagLabels(flags: PetitionFlags, receptionCount: number): string[] {
  const labels = FLAG_KEYS.filter((key) => flags[key]).map((key) => FLAG_LABELS[key]);
  if (receptionCount > 1) labels.push('重复访');
  return labels;
}

export function FlagTags({ flags, receptionCount }: { flags: PetitionFlags; receptionCount: number }) {
  return flagLabels(flags, receptionCount).map((label) => (
    <Tag key={label} color={COLORS[label]}>
      {label}
    </Tag>
  ));
}
