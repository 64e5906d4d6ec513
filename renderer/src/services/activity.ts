/** Input that counts as someone working at the desk (the idle lock, and automatic backups waiting for a pause). */
export const ACTIVITY_EVENTS = [
  'keydown',
  'pointerdown',
  'pointermove',
  'mousedown',
  'mousemove',
  'wheel',
  'touchstart',
] as const;
