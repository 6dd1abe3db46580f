import { build, type Command, type User, type World } from '../domain/index.ts';
import type { GeneratedScenario } from '../generators/index.ts';
import { eligibleScenario, movable, type Aspect } from './_eligible.ts';
import { withChannel } from './_world-edits.ts';

type StartMove = Extract<Command, { type: 'start-move' }>;

/** A user who is not a Super Admin (one is added when the world has none). */
function nonAdmin(world: World): { world: World; user: User } {
  const user = world.users.find((u) => !u.superAdmin);
  if (user !== undefined) return { world, user };
  const n = world.users.length;
  const added: User = build.user(`u${n}`, { name: 'Agent', email: `user${n}@example.com` });
  return { world: { ...world, users: [...world.users, added] }, user: added };
}

/**
 * A channel of a kind the seed profile does not move: a calling channel when `calling` (the kind
 * later profiles do move), else any other such channel. One is added when the world has none.
 */
function unmovableKind(world: World, calling: boolean): { world: World; channelId: string } {
  const found = world.channels.find((c) =>
    calling ? c.kind === 'calling' : c.kind !== 'chatflow' && c.kind !== 'calling' && !movable(c),
  );
  if (found !== undefined) return { world, channelId: found.id };
  const added = withChannel(world, calling ? 'calling' : 'custom');
  return { world: added.world, channelId: added.channel.id };
}

/**
 * An eligible scenario (`eligibleScenario`) whose opening move then breaks exactly one rule, by
 * `aspect`: a user who is not a Super Admin (ELIG-3), a Starter or Free tier (ELIG-1), no beta
 * (ELIG-2), a channel kind that cannot move (ELIG-4), the other entry point (ELIG-8), a missing or
 * unknown status (HIST-0). Where "left as generated" breaks the rule only now and then, this
 * breaks it every time, so that each refusal rule is judged in many runs.
 */
export function brokenScenario(
  scenario: GeneratedScenario,
  aspect: Aspect,
  pick: boolean,
): GeneratedScenario {
  const eligible = eligibleScenario(scenario);
  const [opening, ...rest] = eligible.script;
  if (opening?.type !== 'start-move') return eligible;
  const world = eligible.world;
  const broken = (w: World, command: StartMove): GeneratedScenario => ({
    world: w,
    script: [command, ...rest],
  });
  switch (aspect) {
    case 'actor': {
      const { world: w, user } = nonAdmin(world);
      return broken(w, { ...opening, actorId: user.id });
    }
    case 'tier':
      return broken({ ...world, account: { ...world.account, tier: pick ? 'starter' : 'free' } }, opening);
    case 'beta':
      return broken({ ...world, account: { ...world.account, helpDeskBeta: false } }, opening);
    case 'channel': {
      const { world: w, channelId } = unmovableKind(world, pick);
      return broken(w, { ...opening, channelId, entryPoint: 'inbox-settings' });
    }
    case 'entry-point':
      return broken(world, {
        ...opening,
        entryPoint: opening.entryPoint === 'inbox-settings' ? 'chatflows-list' : 'inbox-settings',
      });
    case 'statuses': {
      const statuses = world.account.pipeline.statuses;
      const open = pick ? 'Not a status' : undefined;
      return broken(world, {
        ...opening,
        history: {
          kind: 'all',
          ...(open === undefined ? {} : { openStatus: open }),
          closedStatus: statuses[statuses.length - 1] ?? '',
        },
      });
    }
  }
}
