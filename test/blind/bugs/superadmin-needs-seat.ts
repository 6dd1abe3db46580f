/**
 * BUG: the "can start a move" permission is evaluated as "is Super Admin AND can access help desk
 * tickets". A Super Admin without a help desk seat is refused with ELIG-3 although the article only
 * requires the Super Admin role.
 *
 * How it ships: the move wizard lives in the help desk settings, whose route guard already requires
 * ticket access; the backend endpoint reused that guard and added the Super Admin check on top.
 * Every test account's Super Admin also holds a Service Hub seat, so nobody noticed.
 *
 * Breaks: INV-8 (a request that breaks no rule is accepted; a valid move may not be refused, whatever
 * rule ID it names) — ELIG-3 is named for a request that does not break it.
 *
 * Shows when: the acting user is a Super Admin whose `helpDeskAccess` is false (e.g. after a
 * `set-help-desk-access` to false for the Super Admin, or a hand-built world), and the move is
 * otherwise valid. Generated worlds give Super Admins access, so it needs that command or world.
 */
import type { Command, SystemFactory } from '../../../domain/index.ts';
import { createReferenceSystem } from '../../../machines/index.ts';
import { wrapSystem } from '../lib/wrap.ts';

const NAME = 'blind:superadmin-needs-seat';

const factory: SystemFactory = (world, options) => {
  const inner = createReferenceSystem(world, options);
  return wrapSystem(NAME, inner, {
    before(command: Command) {
      if (command.type !== 'start-move') return undefined;
      const now = inner.world();
      const actor = now.users.find((u) => u.id === command.actorId);
      const channel = now.channels.find((c) => c.id === command.channelId);
      // Unknown IDs: the endpoint's 404 comes first.
      if (actor === undefined || channel === undefined) return undefined;
      const canStart = actor.superAdmin && actor.helpDeskAccess;
      if (canStart) return undefined;
      if (!actor.superAdmin) return undefined; // the reference's own ELIG-3 refusal
      const reason = `only a Super Admin with help desk access can start a move; ${actor.name} (${actor.id}) has no help desk seat`;
      return {
        intercept: { status: 'refused', ruleId: 'ELIG-3', reason },
        events: [{ at: now.clock, type: 'command-refused', command: 'start-move', ruleId: 'ELIG-3', reason }],
      };
    },
  });
};

export default factory;
