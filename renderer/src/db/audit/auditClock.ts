/**
 * The clock the audit middleware stamps its own records with. The db layer cannot import the app's clock
 * (services/clock.ts touches window, and db/ also builds for node: scripts, the bench), so the app hands it over at start
 * (main.tsx: `setAuditClock(now)`), and e2e tests that move the desk's clock move the trail's too. Until then, and in
 * unit tests, it is the system clock.
 */
let clock: () => Date = () => new Date();

export function setAuditClock(next: () => Date): void {
  clock = next;
}

export function auditNow(): Date {
  return clock();
}
