import { PROFILES } from '../domain/index.ts';
import type {
  Command,
  CommandResult,
  Observation,
  Profile,
  RuleId,
  SystemOptions,
  World,
} from '../domain/index.ts';
import { channelMachine } from './channel-machine.ts';
import { conversationMachine } from './conversation-machine.ts';
import { ConversationMover } from './conversation-mover.ts';
import type { MoveTerms } from './conversation-mover.ts';
import { EventLog } from './event-log.ts';
import { deriveLifecycleTable } from './lifecycle-table.ts';
import type { MoveRun } from './move-run.ts';
import type { ReferenceTiming } from './reference-timing.ts';
import { snapshotActor, type SnapshotActor } from './snapshot-actor.ts';
import { TicketIds } from './ticket-ids.ts';
import { workspaceMachine } from './workspace-machine.ts';
import { WorldStore } from './world-store.ts';

/** Read once: the conversation lifecycle as a table (see lifecycle-table.ts). */
export const CONVERSATION_LIFECYCLE = deriveLifecycleTable(conversationMachine);

const CHANNEL_STATE = { inbox: 'inInbox', moving: 'moving', 'help-desk': 'inHelpDesk' } as const;

/** The reference system's state: the world, the log, and the few actors (workspace, channels, move). */
export class SystemCore {
  readonly store: WorldStore;
  readonly log = new EventLog();
  readonly profile: Profile;
  readonly mover: ConversationMover;
  readonly workspace: SnapshotActor<typeof workspaceMachine>;
  private readonly channelActors = new Map<string, SnapshotActor<typeof channelMachine>>();
  move: MoveRun | null = null;
  workerUp = true;
  private notificationsActive = true;

  constructor(
    world: World,
    readonly options: SystemOptions,
    readonly timing: ReferenceTiming,
  ) {
    this.store = new WorldStore(world);
    this.profile = PROFILES[options.profile];
    this.workspace = snapshotActor(workspaceMachine, {
      input: { notificationsPolicy: options.policies['OPEN-6'] },
    });
    this.workspace.subscribe((snapshot) => {
      this.notificationsActive = snapshot.matches({ notifications: 'on' });
    });
    this.workspace.start();
    if (!world.account.notificationsOn) this.workspace.send({ type: 'NOTIFICATIONS_OFF' });
    this.mover = new ConversationMover(
      this.store,
      this.log,
      CONVERSATION_LIFECYCLE,
      options.policies,
      () => this.notificationsActive,
      new TicketIds(world.tickets),
    );
  }

  /** The channel's lifecycle actor, created on first use in the state the world gives. */
  channelActor(channelId: string): SnapshotActor<typeof channelMachine> {
    let actor = this.channelActors.get(channelId);
    if (actor === undefined) {
      const location = this.store.channels.get(channelId)?.location ?? 'inbox';
      actor = snapshotActor(channelMachine, {
        state: { value: CHANNEL_STATE[location], context: { channelId, movedWithHistory: null } },
      }).start();
      this.channelActors.set(channelId, actor);
    }
    return actor;
  }

  /** Sends an event to a channel's actor and writes the resulting location into the world. */
  sendToChannel(channelId: string, event: Parameters<SnapshotActor<typeof channelMachine>['send']>[0]): void {
    const actor = this.channelActor(channelId);
    actor.send(event);
    const position = this.store.channels.indexOf(channelId);
    const channel = position === undefined ? undefined : this.store.channels.at(position);
    if (position === undefined || channel === undefined) return;
    const value = actor.getSnapshot().value;
    const location = value === 'inInbox' ? 'inbox' : value === 'moving' ? 'moving' : 'help-desk';
    if (location !== channel.location) this.store.replaceChannel(position, { ...channel, location });
  }

  /** Logs the refusal (the only trace it leaves: INV-6) and returns it. */
  refuse(command: Command, ruleId: RuleId, reason: string): CommandResult {
    this.log.append(this.store.clock, { type: 'command-refused', command: command.type, ruleId, reason });
    return { status: 'refused', ruleId, reason };
  }

  /**
   * Terms for conversations reaching a channel that is already in help desk (NEW-1, OPEN-2): the
   * channel kept its ticket-creation settings (SET-1), so its default status wins when it names a
   * status of the pipeline; otherwise the pipeline's first status.
   */
  helpDeskTerms(channelId: string): MoveTerms {
    const kept = this.store.channels.get(channelId)?.settings.ticketCreation.defaultStatus ?? null;
    const status =
      kept !== null && this.store.account.pipeline.statuses.includes(kept) ? kept : this.firstStatus();
    return {
      channelId,
      openStatus: status,
      closedStatus: status,
      datedAtProcessing: () => false,
      hasAccess: (userId) => this.store.users.get(userId)?.helpDeskAccess === true,
    };
  }

  firstStatus(): string {
    return this.store.account.pipeline.statuses[0] ?? 'New';
  }

  observe(): Observation {
    const snapshot = this.workspace.getSnapshot();
    const movingChannelId = snapshot.context.movingChannelId;
    const channelLocations: Record<string, Observation['channelLocations'][string]> = {};
    // Not through world(): that would make the next write copy the lists.
    const channels = this.store.channels;
    for (let i = 0; i < channels.length; i++) {
      const channel = channels.at(i);
      if (channel !== undefined) channelLocations[channel.id] = channel.location;
    }
    return {
      at: this.store.clock,
      banner:
        snapshot.matches({ banner: 'shown' }) && movingChannelId !== null
          ? { channelId: movingChannelId, places: ['inbox-settings', 'inbox'] }
          : null,
      notificationsOn: this.store.account.notificationsOn,
      move: this.move?.progress() ?? null,
      channelLocations,
    };
  }
}
