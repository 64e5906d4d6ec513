import { useMemo } from 'react';
import { caseEnvironment, type CaseEnvironment } from '../domain/caseEnvironment';
import { useReferenceData } from './ReferenceData';

/** The office's periods, calendar, 文号代字 and letter wording, rebuilt only when the settings change. */
export function useCaseEnvironment(): CaseEnvironment {
  const { settings } = useReferenceData();
  return useMemo(() => caseEnvironment(settings), [settings]);
}
