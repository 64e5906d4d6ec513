import { useCallback } from 'react';
import { getActivity } from '../../services/data/outreach';
import { useOutreachList } from './useOutreachList';

/** One activity (null once read: gone, or outside the account's units), read again after each write. */
export function useActivity(id: string) {
  const read = useCallback(() => getActivity(id), [id]);
  return useOutreachList(read);
}
