import { Spin } from 'antd';
import { createContext, use, useCallback, useEffect, useState, type ReactNode } from 'react';
import { listCategories } from '../db/categories';
import { getDb } from '../db/instance';
import { getSettings } from '../db/settings';
import { listUnits } from '../db/units';
import type { Settings } from '../domain/defaults';
import type { Category, Unit } from '../domain/types';
import { DatabaseOpenFailed } from '../ui/DatabaseOpenFailed';

/**
 * The small, rarely changing data every page needs (settings, the unit tree, the categories), loaded once when the
 * database opens and reloaded after the settings page changes it. Its first load is the app's readiness signal.
 */
export interface ReferenceData {
  settings: Settings;
  units: Unit[];
  categories: Category[];
  /** Reloads after an edit on the settings page. */
  refresh(): Promise<void>;
}

const ReferenceDataContext = createContext<ReferenceData | null>(null);

async function loadReferenceData(): Promise<Omit<ReferenceData, 'refresh'>> {
  const db = getDb();
  // open() creates and seeds the database on first run; every read below sees the seeded rows.
  await db.open();
  const [settings, units, categories] = await Promise.all([getSettings(db), listUnits(db), listCategories(db)]);
  return { settings, units, categories };
}

export function ReferenceDataProvider({ children }: { children: ReactNode }) {
  const [data, setData] = useState<Omit<ReferenceData, 'refresh'> | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    setData(await loadReferenceData());
  }, []);

  useEffect(() => {
    loadReferenceData().then(
      (loaded) => setData(loaded),
      (reason: unknown) => setError(reason instanceof Error ? reason.message : String(reason)),
    );
  }, []);

  const loaded = data !== null;
  useEffect(() => {
    // Tests wait on this instead of sleeping: the database is open, seeded and read, and the pages are mounted.
    if (loaded) document.documentElement.dataset.appReady = 'true';
  }, [loaded]);

  if (error !== null) {
    return <DatabaseOpenFailed error={error} />;
  }
  if (data === null) {
    return (
      <div style={{ display: 'grid', placeItems: 'center', height: '100vh' }}>
        <Spin size="large" description="正在打开数据库…" />
      </div>
    );
  }
  return <ReferenceDataContext value={{ ...data, refresh }}>{children}</ReferenceDataContext>;
}

export function useReferenceData(): ReferenceData {
  const data = use(ReferenceDataContext);
  if (!data) throw new Error('useReferenceData must be used inside <ReferenceDataProvider>');
  return data;
}
