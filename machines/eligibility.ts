import type { Account, Channel, Command, Profile, User } from '../domain/index.ts';
import type { MoveRefusal } from './move-machine.ts';

type StartMove = Extract<Command, { type: 'start-move' }>;

/** What the start-move checks look at; the lifecycle answers come from the machines. */
export interface EligibilityInput {
  readonly account: Account;
  readonly actor: User;
  readonly channel: Channel;
  readonly command: StartMove;
  readonly profile: Profile;
  /** The channel machine accepts START_MOVE (it is still in the inbox: ELIG-7). */
  readonly channelCanStart: boolean;
  /** The workspace machine accepts MOVE_STARTED (no other move runs: ELIG-6). */
  readonly workspaceCanStart: boolean;
}

/**
 * The REFUSE rules of a start-move request, in the selected profile (docs/SEMANTICS.md). Each
 * check looks at its own rule only, so a request that breaks exactly one rule is refused naming
 * that rule; with several, the first in this order is named.
 */
export function checkStartMove(input: EligibilityInput): MoveRefusal | null {
  const { account, actor, channel, command, profile } = input;
  if (!actor.superAdmin) {
    return refuse('ELIG-3', `only a Super Admin can start a move; ${actor.name} (${actor.id}) is not one`);
  }
  if (!profile.allowedTiers.includes(account.tier)) {
    return refuse(
      'ELIG-1',
      `the account is on Service Hub ${account.tier}; the ${profile.label} rules need ${profile.allowedTiers.join(' or ')}`,
    );
  }
  if (profile.betaRequired && !account.helpDeskBeta) {
    return refuse('ELIG-2', 'the account is not enrolled in the help desk workspace beta');
  }
  if (!profile.movableKinds.includes(channel.kind)) {
    return refuse(
      'ELIG-4',
      `${channel.kind} channels cannot be moved (${profile.label}: ${profile.movableKinds.join(', ')} only)`,
    );
  }
  if (channel.kind === 'email' && channel.emailAddressKind === 'fallback' && !profile.fallbackEmailMovable) {
    return refuse(
      'ELIG-4',
      `the fallback email address ${channel.address} cannot be moved (${profile.label})`,
    );
  }
  if (channel.kind === 'chatflow' && (channel.surface === 'whatsapp' || channel.surface === 'messenger')) {
    return refuse(
      'ELIG-5',
      `a ${channel.surface} chatflow cannot be moved; only website live chat and bot chatflows can`,
    );
  }
  const expectedEntry = channel.kind === 'chatflow' ? 'chatflows-list' : 'inbox-settings';
  if (command.entryPoint !== expectedEntry) {
    return refuse(
      'ELIG-8',
      `${channel.kind} channels are moved from the ${expectedEntry}, not from the ${command.entryPoint}`,
    );
  }
  if (!input.channelCanStart) {
    return refuse(
      'ELIG-7',
      `channel ${channel.id} is already ${channel.location === 'moving' ? 'moving' : 'in help desk'}; a move is one-way`,
    );
  }
  if (!input.workspaceCanStart) {
    return refuse('ELIG-6', 'another channel is moving; only one channel can move at a time');
  }
  return checkHistory(command, account);
}

function checkHistory(command: StartMove, account: Account): MoveRefusal | null {
  const history = command.history;
  if (history.kind === 'none') return null;
  const statuses = account.pipeline.statuses;
  for (const [which, status] of [
    ['open', history.openStatus],
    ['closed', history.closedStatus],
  ] as const) {
    if (status === undefined) {
      return refuse('HIST-0', `"all conversations" needs a ticket status for ${which} conversations`);
    }
    if (!statuses.includes(status)) {
      return refuse(
        'HIST-0',
        `"${status}" (for ${which} conversations) is not a status of the ${account.pipeline.id} pipeline (${statuses.join(', ')})`,
      );
    }
  }
  return null;
}

function refuse(ruleId: MoveRefusal['ruleId'], reason: string): MoveRefusal {
  return { ruleId, reason };
}
