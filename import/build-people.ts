import { build, type Channel, type User } from '../domain/index.ts';
import { defaultKind, kindLabel, shapeOf } from './channel-kinds.ts';
import type { ExportState } from './export-state.ts';
import type { ImportOptions } from './import-options.ts';

/** World IDs of API IDs: a prefix says what each is, so a file reads without the export at hand. */
export const worldId = {
  user: (userId: string | number) => `user-${userId}`,
  channel: (accountId: string) => `ca-${accountId}`,
  conversation: (threadId: string) => `thread-${threadId}`,
  ticket: (ticketId: string) => `ticket-${ticketId}`,
};

export interface People {
  readonly users: User[];
  /** HubSpot user ID (actor `A-<id>`) → world user ID. */
  readonly userOfActor: ReadonlyMap<string, string>;
  /** CRM owner ID (`hubspot_owner_id`) → world user ID. */
  readonly userOfOwner: ReadonlyMap<string, string>;
  readonly assumed: string[];
}

/**
 * Users from the owners (names, the `userId` actors use) and the CRM users object (seats): help
 * desk access is a Service Hub seat. Super Admins come from `settings-users`, else the option,
 * else the first user (said in the report).
 */
export function buildUsers(state: ExportState, options: ImportOptions): People {
  const seats = new Map<string, string>();
  const crmOnly: { userId: string; email: string }[] = [];
  for (const user of state.crmUsers) {
    const userId = user.properties.hs_internal_user_id;
    if (userId === null || userId === undefined) {
      state.unmapped.add('CRM users', 'no hs_internal_user_id', user.id);
      continue;
    }
    seats.set(userId, user.properties.hs_assigned_seats ?? '');
    crmOnly.push({ userId, email: user.properties.hs_email ?? '' });
  }
  const users: User[] = [];
  const userOfActor = new Map<string, string>();
  const userOfOwner = new Map<string, string>();
  const assumed: string[] = [];
  const add = (userId: string, name: string, email: string): void => {
    if (userOfActor.has(userId)) return;
    const seat = seats.get(userId);
    if (seat === undefined)
      state.unmapped.add(
        'users',
        'no seat information (CRM users object): assumed no help desk access',
        userId,
      );
    const superAdmin = state.superAdmins.get(userId) ?? options.superAdmins.includes(userId);
    const id = worldId.user(userId);
    users.push(
      build.user(id, {
        name,
        email,
        superAdmin,
        helpDeskAccess: seat !== undefined && /service/i.test(seat),
      }),
    );
    userOfActor.set(userId, id);
  };
  for (const owner of state.owners) {
    if (owner.userId === undefined) {
      state.unmapped.add('owners', 'no userId (a team or queue, not a user)', owner.id);
      continue;
    }
    const name = [owner.firstName ?? '', owner.lastName ?? ''].filter((part) => part !== '').join(' ');
    add(String(owner.userId), name === '' ? (owner.email ?? '') : name, owner.email ?? '');
    userOfOwner.set(owner.id, worldId.user(owner.userId));
  }
  for (const user of crmOnly) add(user.userId, user.email, user.email);
  const first = users[0];
  if (state.superAdmins.size === 0 && options.superAdmins.length === 0 && first !== undefined) {
    users[0] = { ...first, superAdmin: true };
    assumed.push(`Super Admin: ${first.id}, the first user (no settings-users file, no --super-admin)`);
  }
  return { users, userOfActor, userOfOwner, assumed };
}

export interface ChannelMap {
  readonly channels: Channel[];
  /** Channel account ID → its world channel, or why it has none. */
  readonly byAccount: ReadonlyMap<string, Channel | { readonly reason: string }>;
}

/** One world channel per channel account: its kind from its channel, or `--kind`; a help desk inbox's are moved. */
export function buildChannels(state: ExportState, options: ImportOptions): ChannelMap {
  const channels: Channel[] = [];
  const byAccount = new Map<string, Channel | { readonly reason: string }>();
  for (const account of state.accounts) {
    if (byAccount.has(account.id)) continue;
    if (account.archived === true) {
      const reason = 'the channel account is archived (disconnected)';
      byAccount.set(account.id, { reason });
      state.unmapped.add('channel accounts', reason, account.id);
      continue;
    }
    const kind =
      options.kinds[account.id] ??
      defaultKind(account.channelId, state.channelNames.get(account.channelId), options.customChannels);
    if (typeof kind === 'object') {
      byAccount.set(account.id, kind);
      state.unmapped.add('channel accounts', kind.reason, account.id);
      continue;
    }
    const shape = shapeOf(kind);
    const channel = build.channel(worldId.channel(account.id), shape.kind, {
      name: account.name,
      ...(account.deliveryIdentifier !== undefined && { address: account.deliveryIdentifier.value }),
      ...(shape.surface !== undefined && { surface: shape.surface }),
      ...(shape.emailAddressKind !== undefined && { emailAddressKind: shape.emailAddressKind }),
      location: state.inboxes.get(account.inboxId) === 'HELP_DESK' ? 'help-desk' : 'inbox',
    });
    channels.push(channel);
    byAccount.set(account.id, channel);
  }
  return { channels, byAccount };
}

export { kindLabel };
