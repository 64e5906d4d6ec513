import { Tag } from 'antd';

/** A running deadline's tag on the 督办台: 超期n天 in red, or 今天到期 / 还剩n天 in orange. */
export function deadlineTag(row: { state: 'overdue' | 'dueSoon'; daysLeft: number }) {
  return row.state === 'overdue' ? (
    <Tag color="red">超期{-row.daysLeft}天</Tag>
  ) : (
    <Tag color="orange">{row.daysLeft === 0 ? '今天到期' : `还剩${row.daysLeft}天`}</Tag>
  );
}
