import { TEXT_LIMITS, type TextLimitKey } from '../domain/textLimits';

/**
 * antd's `count` for a text field, from the one limits table validation uses: the counter shows 「n / limit」 and turns
 * red past it. No hard `maxLength`: a longer paste is kept whole, so nothing is cut off unseen, and saving says in
 * Chinese how much is too long.
 */
export function textCount(key: TextLimitKey): { show: true; max: number } {
  return { show: true, max: TEXT_LIMITS[key] };
}
