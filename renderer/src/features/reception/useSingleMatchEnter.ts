import { useState, type KeyboardEvent } from 'react';
import { singleMatch } from '../../domain/optionSearch';

/**
 * Enter takes the single match of a TreeSelect or Cascader search. antd highlights a first result only when the
 * typed text is in its label (a Cascader never), so pinyin typed into a TreeSelect, or anything typed into a Cascader,
 * would leave Enter doing nothing. The control's open state and search text are held here for the check: spread
 * `open`, `onOpenChange` and `onKeyDown` on it and give `search` / `onSearch` to its showSearch.
 */
export function useSingleMatchEnter<T>(
  items: readonly T[],
  labelsOf: (item: T) => readonly string[],
  take: (item: T) => void,
) {
  const [search, setSearch] = useState('');
  const [open, setOpen] = useState(false);
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Enter' || !open || event.nativeEvent.isComposing) return;
    const only = singleMatch(items, search, labelsOf);
    if (!only) return;
    event.preventDefault();
    take(only);
    setSearch('');
    setOpen(false);
  };
  return { search, onSearch: setSearch, open, onOpenChange: setOpen, onKeyDown };
}
