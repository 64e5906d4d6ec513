import type { KeyboardEvent } from 'react';
import { moveFocusOnEnter } from './keyboard';

/**
 * onKeyDownCapture for the form of a dialog whose button is antd Modal's OK: that button sits outside the <form>, so
 * the browser never submits a form of several fields on Enter. Here Enter moves to the next field as in every form of
 * the desk, and Enter in the last field, or Ctrl+Enter in any, calls `submit` — the same as the OK button, so the
 * form's validation messages show just as they do for a click.
 */
export function submitOnEnter(submit: () => void) {
  return (event: KeyboardEvent<HTMLElement>): void => {
    if (event.key !== 'Enter' || event.shiftKey || event.altKey) return;
    if (event.nativeEvent.isComposing || event.nativeEvent.keyCode === 229) return;
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault();
      submit();
      return;
    }
    const field = event.target;
    moveFocusOnEnter(event);
    // moveFocusOnEnter takes Enter in each field it steps through; the field that keeps the focus is the last one.
    if (event.defaultPrevented && document.activeElement === field) submit();
  };
}
