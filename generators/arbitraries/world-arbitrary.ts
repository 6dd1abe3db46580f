import fc from 'fast-check';
import type { World } from '../../domain/index.ts';
import { resolveWorld } from './resolve-world.ts';
import {
  accountArbitrary,
  channelSpecArbitrary,
  conversationSpecArbitrary,
  ticketSpecArbitrary,
  userSpecArbitrary,
} from './_world-parts.ts';
import { DEFAULT_WORLD_CONSTRAINTS, type WorldConstraints } from './world-constraints.ts';

/**
 * Valid worlds (`validateWorld` gives []) built from fast-check primitives, so shrinking reduces
 * the world itself: fewer users, channels, conversations, messages and tickets, simpler kinds.
 * IDs come from positions (`u0`, `ch1`, `c2`, `m2-0`, `t0`) and references are naturals taken
 * modulo their target list, so removing an entity while shrinking never leaves a dangling one.
 * All channels start in the inbox.
 *
 * @example
 * fc.assert(fc.property(worldArbitrary({ maxConversations: 3 }), (world) => validateWorld(world).length === 0));
 */
export function worldArbitrary(constraints: Partial<WorldConstraints> = {}): fc.Arbitrary<World> {
  const c: WorldConstraints = { ...DEFAULT_WORLD_CONSTRAINTS, ...constraints };
  const firstUser = userSpecArbitrary(c).map((user) =>
    c.requireSuperAdmin ? { ...user, superAdmin: true } : user,
  );
  const users = fc
    .tuple(firstUser, fc.array(userSpecArbitrary(c), { maxLength: Math.max(0, c.maxUsers - 1) }))
    .map(([first, rest]) => [first, ...rest]);
  return fc
    .tuple(
      accountArbitrary(),
      users,
      fc.array(channelSpecArbitrary(), { minLength: 1, maxLength: Math.max(1, c.maxChannels) }),
      fc.array(conversationSpecArbitrary(c), { maxLength: c.maxConversations }),
      fc.array(ticketSpecArbitrary(), { maxLength: c.maxTickets }),
    )
    .map(([account, userSpecs, channelSpecs, conversationSpecs, ticketSpecs]) =>
      resolveWorld(account, userSpecs, channelSpecs, conversationSpecs, ticketSpecs),
    );
}
