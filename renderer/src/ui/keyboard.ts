import { useEffect, useRef, type KeyboardEvent as ReactKeyboardEvent } from 'react';

/**
 * Keyboard-first data entry: Enter in a single-line field moves to the next field, as clerks used to paper-like
 * forms expect; page shortcuts (Ctrl+S, Esc) are registered on the document so they work wherever the focus is.
 */

const FIELD_SELECTOR = 'input:not([type=hidden]):not([type=file]):not([disabled]), textarea:not([disabled])';

/** An antd dropdown, date panel or dialog that uses Enter/Esc itself is open. */
function popupIsOpen(): boolean {
  const popups = document.querySelectorAll<HTMLElement>(
    '.ant-select-dropdown, .ant-picker-dropdown, .ant-cascader-dropdown, .ant-modal-wrap, .ant-popover, .ant-dropdown',
  );
  return Array.from(popups).some(
    (el) =>
      el.getClientRects().length > 0 && !/-hidden\b/.test(el.className) && getComputedStyle(el).display !== 'none',
  );
}

function isVisible(el: HTMLElement): boolean {
  return el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
}

/** The fields in tab order, one stop per radio group (the checked radio, or the first). */
function fieldsIn(container: HTMLElement): HTMLElement[] {
  const seenRadioGroups = new Set<string>();
  const fields: HTMLElement[] = [];
  for (const el of Array.from(container.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(FIELD_SELECTOR))) {
    if (el.tabIndex < 0 || !isVisible(el)) continue;
    if (el instanceof HTMLInputElement && el.type === 'radio') {
      if (seenRadioGroups.has(el.name)) continue;
      const group = container.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${CSS.escape(el.name)}"]`);
      const checked = Array.from(group).find((radio) => radio.checked);
      seenRadioGroups.add(el.name);
      fields.push(checked ?? el);
      continue;
    }
    fields.push(el);
  }
  return fields;
}

/**
 * onKeyDownCapture for a form container: Enter in an input (not a TextArea, not while an IME composes) focuses the
 * next field. It runs in the capture phase so a closed Select or a date picker never sees that Enter (it would open
 * its dropdown behind the focus); an open dropdown keeps Enter to pick its highlighted option.
 */
export function moveFocusOnEnter(event: ReactKeyboardEvent<HTMLElement>): void {
  if (event.key !== 'Enter' || event.shiftKey || event.ctrlKey || event.altKey || event.metaKey) return;
  if (event.nativeEvent.isComposing || event.nativeEvent.keyCode === 229) return;
  const target = event.target;
  if (!(target instanceof HTMLInputElement)) return;
  if (target.getAttribute('aria-expanded') === 'true') return;
  const fields = fieldsIn(event.currentTarget);
  const index = fields.indexOf(target);
  if (index < 0) return;
  event.preventDefault();
  event.stopPropagation();
  const next = fields[index + 1];
  if (next) next.focus();
}

export interface PageShortcuts {
  /** Ctrl+S / ⌘S. */
  onSave?: () => void;
  /** Esc when no dropdown or dialog is open. */
  onLeave?: () => void;
}

/** Registers page-level shortcuts for as long as the component is mounted. */
export function usePageShortcuts(shortcuts: PageShortcuts): void {
  const latest = useRef(shortcuts);
  useEffect(() => {
    latest.current = shortcuts;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        latest.current.onSave?.();
        return;
      }
      // Esc also cancels an IME's candidate list: that Esc belongs to the input method, not to the page.
      if (event.isComposing || event.keyCode === 229) return;
      if (event.key === 'Escape' && !event.defaultPrevented && !popupIsOpen()) {
        const target = event.target;
        if (target instanceof HTMLElement && target.getAttribute('aria-expanded') === 'true') return;
        latest.current.onLeave?.();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
