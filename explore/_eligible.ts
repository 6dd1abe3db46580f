import type { Channel, Command, World } from '../domain/index.ts';
import type { GeneratedScenario } from '../generators/index.ts';

/** Movable in every profile since April 2024: email, form, and website chatflows (ELIG-4, ELIG-5). */
export function movable(channel: Channel): boolean {
  if (channel.location !== 'inbox') return false;
  if (channel.kind === 'chatflow')
    return channel.surface === 'website-live-chat' || channel.surface === 'website-bot';
  return channel.kind === 'form' || (channel.kind === 'email' && channel.emailAddressKind !== 'fallback');
}

/** One part of an acceptable move that can be left as generated, so that exactly one may be wrong. */
export type Aspect = 'actor' | 'channel' | 'entry-point' | 'statuses' | 'tier' | 'beta';
export const ASPECTS: readonly Aspect[] = ['actor', 'channel', 'entry-point', 'statuses', 'tier', 'beta'];

/** The opening move made acceptable: a Super Admin, a movable channel, its entry point, valid statuses. */
function fixOpening(world: World, command: Command, keep: Aspect | null): Command {
  if (command.type !== 'start-move') return command;
  const channel =
    world.channels.find((c) => c.id === command.channelId && movable(c)) ?? world.channels.find(movable);
  const admin = world.users.find((user) => user.superAdmin);
  if (channel === undefined || admin === undefined) return command;
  const statuses = world.account.pipeline.statuses;
  const valid = (status: string | undefined, fallback: string | undefined): string | undefined =>
    status !== undefined && statuses.includes(status) ? status : fallback;
  const channelId = keep === 'channel' ? command.channelId : channel.id;
  const kind = world.channels.find((c) => c.id === channelId)?.kind;
  return {
    ...command,
    actorId: keep === 'actor' ? command.actorId : admin.id,
    channelId,
    entryPoint:
      keep === 'entry-point' ? command.entryPoint : kind === 'chatflow' ? 'chatflows-list' : 'inbox-settings',
    history:
      command.history.kind === 'none' || keep === 'statuses'
        ? command.history
        : {
            kind: 'all',
            openStatus: valid(command.history.openStatus, statuses[0]) ?? '',
            closedStatus: valid(command.history.closedStatus, statuses[statuses.length - 1]) ?? '',
          },
  };
}

/**
 * A scenario whose account is eligible (but for `keep`, left as generated) (tier Pro, beta enrolled) and whose opening move, when the
 * world allows one, is acceptable: so that the move runs and the MOVE, HIST and NEW rules are judged.
 */
export function eligibleScenario(scenario: GeneratedScenario, keep: Aspect | null = null): GeneratedScenario {
  const account = scenario.world.account;
  const world: World = {
    ...scenario.world,
    account: {
      ...account,
      tier: keep === 'tier' ? account.tier : 'pro',
      helpDeskBeta: keep === 'beta' ? account.helpDeskBeta : true,
    },
  };
  const [first, ...rest] = scenario.script;
  return { world, script: first === undefined ? [] : [fixOpening(world, first, keep), ...rest] };
}
