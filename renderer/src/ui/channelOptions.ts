import { CHANNEL_LABELS, CHANNELS } from '../domain/types';

/** Select options for 来源渠道, shared by the registration form and the ledger's filter. */
export const CHANNEL_OPTIONS = CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABELS[c] }));
