/**
 * INV-8: the eligibility check treats a personal connected email address like the account's
 * fallback address and refuses to move it, naming ELIG-4 — a valid move refused with a plausible rule.
 */
import { wrapReference } from './wrap-reference.ts';

export default wrapReference('bad:over-refuses-personal-email', (ctx) => ({
  command: (command) => {
    if (command.type !== 'start-move') return command;
    const channel = ctx.given.channels.find((c) => c.id === command.channelId);
    if (channel?.kind !== 'email' || channel.emailAddressKind !== 'personal') return command;
    if (!ctx.given.users.some((u) => u.id === command.actorId)) return command;
    const reason = `channel ${channel.id} uses a personal email address; only team addresses can be moved to help desk`;
    ctx.emit({
      at: ctx.inner.observe().at,
      type: 'command-refused',
      command: command.type,
      ruleId: 'ELIG-4',
      reason,
    });
    return { status: 'refused', ruleId: 'ELIG-4', reason };
  },
}));
