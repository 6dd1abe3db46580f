/** HIST-7: a conversation is filed under the channel it started in, not its most recent one. */
import { wrapReference } from './wrap-reference.ts';
import { firstChannelCounts } from './_history.ts';

export default wrapReference('bad:first-channel-counts', (ctx) => firstChannelCounts(ctx, () => true));
