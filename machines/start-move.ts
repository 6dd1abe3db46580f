import type { Command, CommandResult } from '../domain/index.ts';
import { checkStartMove } from './eligibility.ts';
import { moveMachine } from './move-machine.ts';
import { MoveRun } from './move-run.ts';
import { snapshotActor } from './snapshot-actor.ts';
import type { SystemCore } from './system-core.ts';

type StartMove = Extract<Command, { type: 'start-move' }>;

/** start-move: the eligibility checks, then the channel, workspace and move actors start the move. */
export function startMove(core: SystemCore, command: StartMove): CommandResult {
  const { store } = core;
  const actor = store.users.get(command.actorId);
  const channel = store.channels.get(command.channelId);
  if (actor === undefined)
    return { status: 'invalid', reason: `start-move: unknown user "${command.actorId}"` };
  if (channel === undefined)
    return { status: 'invalid', reason: `start-move: unknown channel "${command.channelId}"` };
  const history = command.history;
  const refusal = checkStartMove({
    account: store.account,
    actor,
    channel,
    command,
    profile: core.profile,
    channelCanStart: core
      .channelActor(channel.id)
      .getSnapshot()
      .can({ type: 'START_MOVE', history: history.kind }),
    workspaceCanStart: core.workspace.getSnapshot().can({ type: 'MOVE_STARTED', channelId: channel.id }),
  });
  const moveActor = snapshotActor(moveMachine, {
    input: { channelId: channel.id, history: history.kind, refusal, pending: 0 },
  }).start();
  const validated = moveActor.getSnapshot();
  if (validated.matches('refused') && validated.context.refusal !== null) {
    const { ruleId, reason } = validated.context.refusal;
    return core.refuse(command, ruleId, reason);
  }
  const at = store.clock;
  core.sendToChannel(channel.id, { type: 'START_MOVE', history: history.kind });
  core.workspace.send({ type: 'MOVE_STARTED', channelId: channel.id });
  core.log.append(at, {
    type: 'move-started',
    channelId: channel.id,
    actorId: actor.id,
    history: history.kind,
  });
  core.log.append(at, { type: 'banner-shown', channelId: channel.id, places: ['inbox-settings', 'inbox'] });
  const first = core.firstStatus();
  core.move = new MoveRun({
    actor: moveActor,
    store,
    mover: core.mover,
    policies: core.options.policies,
    timing: core.timing,
    channelId: channel.id,
    history: history.kind,
    // HIST-0 has checked both statuses for "all"; with "none", arrivals get the first status.
    openStatus: history.kind === 'all' ? (history.openStatus ?? first) : first,
    closedStatus: history.kind === 'all' ? (history.closedStatus ?? first) : first,
    startedAt: at,
  });
  if (!core.workerUp) moveActor.send({ type: 'WORKER_CRASHED' });
  return { status: 'accepted' };
}
