import type { Account, Channel, User, World } from '../domain/index.ts';
import type { Tweaks } from './wrap-reference.ts';

/**
 * Tweaks for a system that misreads one part of the world when it decides (the account, a user,
 * a channel) but reports it truthfully: the reference system is given the misread world, and the
 * world it returns gets the true values back.
 */
export function misread(parts: {
  readonly account?: (account: Account) => Account;
  readonly user?: (user: User) => User;
  readonly channel?: (channel: Channel) => Channel;
}): (given: World) => Pick<Tweaks, 'disguise' | 'world'> {
  return (given) => {
    const users = new Map(given.users.map((u) => [u.id, u]));
    const channels = new Map(given.channels.map((c) => [c.id, c]));
    return {
      disguise: (world) => ({
        ...world,
        account: parts.account?.(world.account) ?? world.account,
        users: parts.user === undefined ? world.users : world.users.map(parts.user),
        channels: parts.channel === undefined ? world.channels : world.channels.map(parts.channel),
      }),
      world: (world) => ({
        ...world,
        // Only the misread fields are put back; whatever the system changed since stays.
        account:
          parts.account === undefined
            ? world.account
            : { ...world.account, tier: given.account.tier, helpDeskBeta: given.account.helpDeskBeta },
        users:
          parts.user === undefined
            ? world.users
            : world.users.map((u) => ({ ...u, superAdmin: users.get(u.id)?.superAdmin ?? u.superAdmin })),
        channels:
          parts.channel === undefined
            ? world.channels
            : world.channels.map((c) => {
                const true_ = channels.get(c.id);
                if (true_ === undefined) return c;
                const { kind, surface, emailAddressKind } = true_;
                const restored: Channel = { ...c, kind };
                return {
                  ...restored,
                  ...(surface === undefined ? {} : { surface }),
                  ...(emailAddressKind === undefined ? {} : { emailAddressKind }),
                };
              }),
      }),
    };
  };
}
