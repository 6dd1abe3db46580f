import type { Command, Conversation, HistoryChoice, SystemOptions, World } from '../../../domain/index.ts';
import { currentChannelId } from '../../../domain/index.ts';
import { processConversation } from './process.ts';
import { options as defaultOptions, TraceBuilder } from './trace-builder.ts';

export interface RunningMove {
  readonly channelId: string;
  readonly history: HistoryChoice;
  readonly startedAt: number;
  readonly startWorld: World;
  readonly arrivals: Set<string>;
  heldBack: boolean;
  /** What it moved so far: the progress shown and the move-completed counts (INV-7 cross-checks them). */
  processed: number;
  messagesMoved: number;
}

/**
 * The state and the processing of MiniSystem (mini-system.ts): the world so far, the running move,
 * and how a conversation is moved. MiniSystem adds the commands a test plays.
 */
export class MiniSystemCore {
  readonly builder: TraceBuilder;
  world: World;
  protected move: RunningMove | null = null;
  protected crashed = false;
  recordWorlds = false;

  constructor(before: World, opts: SystemOptions = defaultOptions()) {
    this.world = before;
    this.builder = new TraceBuilder(before, opts);
  }

  protected get opts(): SystemOptions {
    return this.builder.options;
  }

  protected setWorld(patch: Partial<World>): void {
    this.world = { ...this.world, ...patch };
  }

  protected locations(channelId: string, location: 'inbox' | 'moving' | 'help-desk'): void {
    this.setWorld({
      channels: this.world.channels.map((c) => (c.id === channelId ? { ...c, location } : c)),
    });
  }

  protected close(command: Command, patch = {}): this {
    const observation = {
      at: this.world.clock,
      notificationsOn: this.world.account.notificationsOn,
      channelLocations: Object.fromEntries(this.world.channels.map((c) => [c.id, c.location])),
      banner:
        this.move === null
          ? null
          : { channelId: this.move.channelId, places: ['inbox-settings', 'inbox'] as const },
      move:
        this.move === null
          ? null
          : {
              channelId: this.move.channelId,
              startedAt: this.move.startedAt,
              status: this.crashed ? ('stalled' as const) : ('running' as const),
              processed: this.move.processed,
              pending: this.pending().length,
            },
      ...patch,
    };
    this.builder.step(
      command,
      { status: 'accepted' },
      observation,
      this.recordWorlds ? this.world : undefined,
    );
    return this;
  }

  protected pending(): Conversation[] {
    const move = this.move;
    if (move === null) return [];
    return this.world.conversations.filter(
      (c) =>
        c.location === 'inbox' &&
        currentChannelId(c) === move.channelId &&
        (move.history.kind === 'all' || move.arrivals.has(c.id)),
    );
  }

  protected process(conversation: Conversation, at: number): void {
    const move = this.move;
    const out = processConversation(this.world, conversation, this.opts, {
      at,
      history: move?.history ?? { kind: 'none' },
      accessWorld:
        move !== null && this.opts.policies['OPEN-4'] === 'at-move-start' ? move.startWorld : this.world,
      notify: this.world.account.notificationsOn && !(move?.heldBack ?? false),
      arrivedDuringMove: move?.arrivals.has(conversation.id) ?? false,
      log: (body) => this.builder.log(body, at),
    });
    this.setWorld(out);
    if (move !== null) {
      move.processed += 1;
      move.messagesMoved += conversation.messages.length;
    }
  }

  /** Processes a conversation reaching a channel in help desk (NEW-1: the channel's kept default status). */
  protected processIntoHelpDesk(conversation: Conversation, channelId: string): void {
    const statuses = this.world.account.pipeline.statuses;
    const kept = this.world.channels.find((c) => c.id === channelId)?.settings.ticketCreation.defaultStatus;
    const status =
      kept !== undefined && kept !== null && statuses.includes(kept) ? kept : (statuses[0] ?? '');
    const saved = this.move;
    this.move = null;
    const out = processConversation(this.world, conversation, this.opts, {
      at: this.world.clock,
      history: { kind: 'all', openStatus: status, closedStatus: status },
      accessWorld: this.world,
      notify: this.world.account.notificationsOn,
      arrivedDuringMove: false,
      log: (body) => this.builder.log(body, this.world.clock),
    });
    this.setWorld(out);
    this.move = saved;
  }
}
