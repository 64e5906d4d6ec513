/** 登记编号: one sequence per year, '2026-0001'. At least four digits; grows to '2026-10000' past 9999. */
export function formatRegNo(year: number, seq: number): string {
  return `${year}-${String(seq).padStart(4, '0')}`;
}

const REG_NO_RE = /^(\d{4})-(\d{4,})$/;

/** '2026-0001' → { year: 2026, seq: 1 }; null for anything else. */
export function parseRegNo(regNo: string): { year: number; seq: number } | null {
  const m = REG_NO_RE.exec(regNo.trim());
  if (!m) return null;
  const seq = Number(m[2]);
  if (seq < 1) return null;
  return { year: Number(m[1]), seq };
}

/** The settings row that holds the last number issued in a year. */
export function regNoCounterKey(year: number): string {
  return `regNo:${year}`;
}
