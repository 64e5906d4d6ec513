import type { Channel } from './types';

/**
 * How the registration form names the contact for each channel: a letter is received (收信日期) and registered
 * (登记人), a visit is received in person (接待时间, 接待人). The form's labels and the validation messages both read
 * this one table.
 */
export interface ChannelWording {
  /** The title of the form's first card. */
  section: string;
  /** The label of receivedAt. */
  receivedAt: string;
  /** The label of receivingOfficer. */
  officer: string;
  /** Whether receivedAt is taken to the minute (a visit) or only as a day (a letter). */
  withTime: boolean;
}

const IN_PERSON: ChannelWording = { section: '来访信息', receivedAt: '接待时间', officer: '接待人', withTime: true };

export const CHANNEL_WORDING: Record<Channel, ChannelWording> = {
  来访: IN_PERSON,
  来信: { section: '来信信息', receivedAt: '收信日期', officer: '登记人', withTime: false },
  来电: IN_PERSON,
  网上信访: IN_PERSON,
  下访发现: IN_PERSON,
  座谈会: IN_PERSON,
  上级转送: IN_PERSON,
  领导接待日: IN_PERSON,
};

/** The wording of a channel; a form with no channel chosen yet reads as a visit. */
export function channelWording(channel: Channel | null | undefined): ChannelWording {
  return channel ? CHANNEL_WORDING[channel] : IN_PERSON;
}
