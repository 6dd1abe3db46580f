import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Channel, ProfileId, ServiceHubTier, World } from '../domain/index.ts';
import { currentChannelId, InputError, PROFILES } from '../domain/index.ts';
import { DEFAULT_KNOBS, generateWorld, type WorldKnobs } from '../generators/index.ts';
import { parseScenario } from '../scenarios/index.ts';

/** Where a preview's inbox comes from: a scenario file's world, or the generator. */
export interface InboxSource {
  readonly inbox?: string;
  readonly seed: number;
  readonly conversations?: number;
  readonly users?: number;
  readonly closedShare?: number;
  readonly ticketShare?: number;
  readonly ownerAccessShare?: number;
  readonly tier?: ServiceHubTier;
  readonly beta: boolean;
  readonly notifications: boolean;
  readonly slas: boolean;
}

/** The inbox to preview a move on. */
export function previewWorld(source: InboxSource, cwd: string): World {
  if (source.inbox !== undefined) {
    const file = resolve(cwd, source.inbox);
    if (!existsSync(file)) {
      throw new InputError(
        'INBOX_NOT_FOUND',
        source.inbox,
        null,
        'a scenario file (YAML or JSON)',
        'no such file',
      );
    }
    if (!statSync(file).isFile()) {
      throw new InputError(
        'INBOX_NOT_FOUND',
        source.inbox,
        null,
        'a scenario file (YAML or JSON)',
        'a folder',
      );
    }
    return parseScenario(readFileSync(file, 'utf8'), source.inbox).world;
  }
  const knobs: Partial<WorldKnobs> = {
    ...(source.conversations !== undefined && { conversations: source.conversations }),
    ...(source.users !== undefined && { users: source.users }),
    ...(source.closedShare !== undefined && { closedShare: source.closedShare }),
    ...(source.ticketShare !== undefined && { ticketShare: source.ticketShare }),
    ...(source.ownerAccessShare !== undefined && { ownerHelpDeskAccessShare: source.ownerAccessShare }),
    tier: source.tier ?? DEFAULT_KNOBS.tier,
    helpDeskBeta: source.beta,
    notificationsOn: source.notifications,
    slas: source.slas,
  };
  return generateWorld(source.seed, knobs);
}

/** Whether the profile lets this channel be moved at all (ELIG-4, ELIG-5), and it is still in the inbox. */
export function isMovable(channel: Channel, profile: ProfileId): boolean {
  const rules = PROFILES[profile];
  if (channel.location !== 'inbox' || !rules.movableKinds.includes(channel.kind)) return false;
  if (channel.kind === 'chatflow' && (channel.surface === 'whatsapp' || channel.surface === 'messenger'))
    return false;
  return rules.fallbackEmailMovable || channel.emailAddressKind !== 'fallback';
}

/** `--channel`, or the movable channel with the most conversations (ties: the first listed). */
export function pickChannel(world: World, requested: string | undefined, profile: ProfileId): Channel {
  if (requested !== undefined) {
    const channel = world.channels.find((candidate) => candidate.id === requested);
    if (channel !== undefined) return channel;
    const ids = world.channels.map((candidate) => candidate.id);
    throw new InputError(
      'UNKNOWN_CHANNEL',
      null,
      '--channel',
      `a channel of the inbox (${ids.join(', ')})`,
      `'${requested}'`,
    );
  }
  const sizes = new Map<string, number>();
  for (const conversation of world.conversations) {
    const id = currentChannelId(conversation);
    sizes.set(id, (sizes.get(id) ?? 0) + 1);
  }
  const movable = world.channels.filter((channel) => isMovable(channel, profile));
  const biggest = movable.reduce<Channel | undefined>(
    (best, channel) =>
      best === undefined || (sizes.get(channel.id) ?? 0) > (sizes.get(best.id) ?? 0) ? channel : best,
    undefined,
  );
  if (biggest === undefined) {
    throw new InputError(
      'NO_MOVABLE_CHANNEL',
      null,
      '--channel',
      `an inbox with a channel movable under profile ${profile}`,
      'none',
    );
  }
  return biggest;
}
