import { Button, Space, Typography } from 'antd';
import type { RepeatVisitor } from '../../domain/import/importPlan';
import { linkedPersonIds, linkKey } from '../../domain/import/previewRows';

/**
 * The repeat visitors the desk offered for a row's people, each with 「不是同一人」: a row's person is linked to the
 * first offered record the clerk did not refuse (linkedPersonIds), and 「是同一人」 takes a refusal back.
 */
export interface VisitorLinksProps {
  people: number;
  visitors: readonly RepeatVisitor[];
  notSame: readonly string[];
  onChange(notSame: string[]): void;
}

export function VisitorLinks({ people, visitors, notSame, onChange }: VisitorLinksProps) {
  if (visitors.length === 0) return null;
  const linked = linkedPersonIds(people, visitors, notSame);
  const lines = visitors.map((v) => {
    const key = linkKey(v);
    const refused = notSame.includes(key);
    const numbers = v.regNos.length > 0 ? `（${v.regNos.slice(0, 2).join('、')}）` : '';
    const label = refused ? '不是同一人' : linked[v.person] === v.personId ? '重复来访' : '也可能是';
    return (
      <Space key={key} size={0} data-testid="repeat-visitor">
        <Typography.Text type="secondary" delete={refused}>
          {label}：{v.name}
          {numbers}
        </Typography.Text>
        <Button
          type="link"
          size="small"
          onClick={() => onChange(refused ? notSame.filter((k) => k !== key) : [...notSame, key])}
        >
          {refused ? '是同一人' : '不是同一人'}
        </Button>
      </Space>
    );
  });
  return (
    <Space orientation="vertical" size={0}>
      {lines}
    </Space>
  );
}
