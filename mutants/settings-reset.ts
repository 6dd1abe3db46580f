/** SET-1: a moved channel gets the help desk's default settings instead of keeping its own. */
import type { ChannelSettings } from '../domain/index.ts';
import { wrapReference } from './wrap-reference.ts';

const HELP_DESK_DEFAULTS: ChannelSettings = {
  signature: '',
  routing: { mode: 'none', userIds: [] },
  automation: { autoReply: false, rules: [] },
  ticketCreation: { autoCreate: true, defaultStatus: null },
};

export default wrapReference('bad:settings-reset', (ctx) => {
  const wasInHelpDesk = new Set(
    ctx.given.channels.filter((c) => c.location === 'help-desk').map((c) => c.id),
  );
  return {
    world: (world) => ({
      ...world,
      channels: world.channels.map((c) =>
        c.location === 'help-desk' && !wasInHelpDesk.has(c.id) ? { ...c, settings: HELP_DESK_DEFAULTS } : c,
      ),
    }),
  };
});
