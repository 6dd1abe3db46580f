import type { Command, RuleId, Trace } from '../domain/index.ts';
import { PROFILES } from '../domain/index.ts';
import { ruleEntry } from './catalogue.ts';
import { channelLocationAt, channelLocationsAt, commandIndex } from './_commands.ts';
import type { TraceIndex } from './trace-index.ts';
import { traceIndex } from './trace-index.ts';

type StartMove = Extract<Command, { type: 'start-move' }>;

const applies = (trace: Trace, id: RuleId): boolean => ruleEntry(id).profiles.includes(trace.options.profile);

/**
 * The REFUSE rules a start-move request breaks, in the trace's rule profile, judged from the world
 * before and the channel locations the commands imply before the step (accepted start-moves and
 * their completion: rules/_commands.ts; SEMANTICS.md, start-move table). `undefined` when the
 * request names an unknown actor or channel: then it is invalid, not refused.
 */
export function brokenByStart(
  ix: TraceIndex,
  stepIndex: number,
  command: StartMove,
): readonly RuleId[] | undefined {
  const { trace } = ix;
  const profile = PROFILES[trace.options.profile];
  const account = trace.before.account;
  const actor = ix.usersBefore.get(command.actorId);
  const channel = ix.channelsBefore.get(command.channelId);
  if (actor === undefined || channel === undefined) return undefined;
  const locations = channelLocationsAt(commandIndex(trace), stepIndex);
  const broken: RuleId[] = [];
  if (!profile.allowedTiers.includes(account.tier)) broken.push('ELIG-1');
  if (profile.betaRequired && !account.helpDeskBeta) broken.push('ELIG-2');
  if (!actor.superAdmin) broken.push('ELIG-3');
  const fallbackBlocked =
    channel.kind === 'email' && channel.emailAddressKind === 'fallback' && !profile.fallbackEmailMovable;
  if (!profile.movableKinds.includes(channel.kind) || fallbackBlocked) broken.push('ELIG-4');
  const unmovableSurface = channel.surface === 'whatsapp' || channel.surface === 'messenger';
  if (channel.kind === 'chatflow' && unmovableSurface && applies(trace, 'ELIG-5')) broken.push('ELIG-5');
  // ELIG-6 and ELIG-7 count as broken in every profile: where the article does not state them
  // (29 Jan 2024) a system has nothing else to do with such a request than refuse it, and their
  // own checkers answer not-applicable there (SEMANTICS.md, start-move).
  const otherMoving = Object.entries(locations).some(([id, at]) => id !== channel.id && at === 'moving');
  if (otherMoving) broken.push('ELIG-6');
  const own = locations[channel.id] ?? channel.location;
  if (own === 'moving' || own === 'help-desk') broken.push('ELIG-7');
  // A move of a channel that is itself moving is described by ELIG-6 as well (one move at a time):
  // RULES.md does not rank the two, so a refusal may name either (both count as broken).
  if (own === 'moving' && !otherMoving) broken.push('ELIG-6');
  const entry = channel.kind === 'chatflow' ? 'chatflows-list' : 'inbox-settings';
  if (command.entryPoint !== entry) broken.push('ELIG-8');
  if (command.history.kind === 'all') {
    const statuses = account.pipeline.statuses;
    const { openStatus, closedStatus } = command.history;
    const ok = (status: string | undefined) => status !== undefined && statuses.includes(status);
    if (!ok(openStatus) || !ok(closedStatus)) broken.push('HIST-0');
  }
  return broken;
}

/**
 * The rules a cancel-move, move-back or move-history-later must be refused with, any one of them
 * (SEMANTICS.md, "Other commands"), or `undefined` when it must be invalid (unknown actor or
 * channel, or a channel that has not been moved) or the command is of another type. A cancel after
 * the move completed is described by MOVE-1 (a move cannot be cancelled) and by ELIG-7 (one-way):
 * RULES.md does not rank them, so either is accepted.
 */
export function expectedRefusals(
  trace: Trace,
  stepIndex: number,
  command: Command,
): readonly RuleId[] | undefined {
  const rule = expectedRefusal(trace, stepIndex, command);
  if (rule === undefined) return undefined;
  return command.type === 'cancel-move' && rule === 'ELIG-7' ? ['ELIG-7', 'MOVE-1'] : [rule];
}

/** The one rule SEMANTICS.md's "Other commands" table names for the request (see expectedRefusals). */
export function expectedRefusal(trace: Trace, stepIndex: number, command: Command): RuleId | undefined {
  if (
    command.type !== 'cancel-move' &&
    command.type !== 'move-back' &&
    command.type !== 'move-history-later'
  ) {
    return undefined;
  }
  // An actor the world does not know makes the request invalid (SEMANTICS.md, "Command results").
  if (!trace.before.users.some((user) => user.id === command.actorId)) return undefined;
  const at = channelLocationAt(commandIndex(trace), command.channelId, stepIndex);
  if (at !== 'moving' && at !== 'help-desk') return undefined;
  if (command.type === 'move-history-later') return 'HIST-6';
  if (command.type === 'cancel-move' && at === 'moving') return 'MOVE-1';
  return 'ELIG-7';
}

const BROKEN = new WeakMap<Trace, readonly (readonly RuleId[] | undefined)[]>();

/**
 * Per step (by position), the rules its request breaks: `brokenByStart` for a start-move, else
 * `expectedRefusals`. Built once per trace and shared by every refusal rule and INV-8.
 */
export function brokenPerStep(trace: Trace): readonly (readonly RuleId[] | undefined)[] {
  let broken = BROKEN.get(trace);
  if (broken === undefined) {
    const ix = traceIndex(trace);
    broken = trace.steps.map(({ command, index }) =>
      command.type === 'start-move'
        ? brokenByStart(ix, index, command)
        : expectedRefusals(trace, index, command),
    );
    BROKEN.set(trace, broken);
  }
  return broken;
}
