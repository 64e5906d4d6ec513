/** One progress report of a long task: when (ms on a monotonic clock), and how much of how much is done. */
export interface ProgressPoint {
  at: number;
  done: number;
  total: number;
}

/**
 * The pace is measured over about the last 15 seconds: long enough to smooth the steps of a restore (a page read, a
 * batch of 5,000 written), short enough to follow it from comparing records to writing them, which goes slower.
 */
const WINDOW_MS = 15_000;
/** Before 2 seconds of reports, or with no progress in them, there is no estimate. */
const MIN_SPAN_MS = 2_000;

/**
 * The points worth keeping after adding `point`: those within the window of it, and the newest one before the window
 * (a long step may leave no report inside it).
 */
export function addProgressPoint(points: readonly ProgressPoint[], point: ProgressPoint): ProgressPoint[] {
  const all = [...points, point];
  const firstInWindow = all.findIndex((p) => point.at - p.at <= WINDOW_MS);
  return all.slice(Math.max(0, firstInWindow - 1));
}

/**
 * The time left in ms at the pace of the recent reports (records a millisecond over the window), or null when it
 * cannot be told yet. The total may shrink as the work learns what it need not do (a restore writes only what
 * differs): the work left is the latest total less the latest done, so the estimate follows.
 */
export function estimateRemainingMs(points: readonly ProgressPoint[]): number | null {
  const last = points.at(-1);
  if (last === undefined || last.total <= 0) return null;
  if (last.done >= last.total) return 0;
  const inWindow = points.filter((p) => last.at - p.at <= WINDOW_MS);
  let base = inWindow[0];
  if (base === undefined || last.at - base.at < MIN_SPAN_MS)
    base = points.findLast((p) => last.at - p.at >= MIN_SPAN_MS);
  if (base === undefined) return null;
  const rate = (last.done - base.done) / (last.at - base.at);
  if (!(rate > 0)) return null;
  return (last.total - last.done) / rate;
}

/**
 * The time left as the progress bar says it: 「约剩 2 分钟」. Rounded up, and coarse, so it does not flicker with
 * every report: seconds in tens below a minute, whole minutes below an hour, then hours and minutes.
 */
export function formatRemaining(ms: number | null): string {
  if (ms === null) return '正在估算剩余时间…';
  const seconds = Math.ceil(ms / 1000);
  if (seconds <= 10) return '即将完成';
  if (seconds <= 50) return `约剩 ${Math.ceil(seconds / 10) * 10} 秒`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return `约剩 ${minutes} 分钟`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `约剩 ${hours} 小时` : `约剩 ${hours} 小时 ${rest} 分钟`;
}
