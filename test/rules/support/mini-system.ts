import type {
  Command,
  Conversation,
  HistoryChoice,
  Message,
  RuleId,
  SystemOptions,
  Ticket,
  Trace,
  World,
} from '../../../domain/index.ts';
import { currentChannelId } from '../../../domain/index.ts';
import { processConversation } from './process.ts';
import { options as defaultOptions, TraceBuilder } from './trace-builder.ts';

interface RunningMove {
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

/** Each conversation takes this long to move; completing takes one more unit (MOVE-5). */
export const UNIT_MS = 1000;

/**
 * A tiny, happy-path system written from SEMANTICS.md for the checker tests only (it is not the
 * reference model, and it checks no eligibility: tests refuse explicitly with `refuse`).
 */
export class MiniSystem {
  readonly builder: TraceBuilder;
  world: World;
  private move: RunningMove | null = null;
  private crashed = false;
  recordWorlds = false;

  constructor(before: World, opts: SystemOptions = defaultOptions()) {
    this.world = before;
    this.builder = new TraceBuilder(before, opts);
  }

  private get opts(): SystemOptions {
    return this.builder.options;
  }

  private setWorld(patch: Partial<World>): void {
    this.world = { ...this.world, ...patch };
  }

  private locations(channelId: string, location: 'inbox' | 'moving' | 'help-desk'): void {
    this.setWorld({
      channels: this.world.channels.map((c) => (c.id === channelId ? { ...c, location } : c)),
    });
  }

  private close(command: Command, patch = {}): this {
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

  refuse(command: Command, ruleId: RuleId): this {
    this.builder.refuse(command, ruleId, this.recordWorlds ? this.world : undefined);
    return this;
  }

  start(
    channelId: string,
    history: HistoryChoice = { kind: 'all', openStatus: 'New', closedStatus: 'Closed' },
    actorId = 'admin',
  ): this {
    const entryPoint =
      this.world.channels.find((c) => c.id === channelId)?.kind === 'chatflow'
        ? 'chatflows-list'
        : 'inbox-settings';
    this.locations(channelId, 'moving');
    this.move = {
      channelId,
      history,
      startedAt: this.world.clock,
      startWorld: this.world,
      arrivals: new Set(),
      heldBack: false,
      processed: 0,
      messagesMoved: 0,
    };
    this.builder.log({ type: 'move-started', channelId, actorId, history: history.kind });
    this.builder.log({ type: 'banner-shown', channelId, places: ['inbox-settings', 'inbox'] });
    return this.close({ type: 'start-move', actorId, channelId, entryPoint, history });
  }

  private pending(): Conversation[] {
    const move = this.move;
    if (move === null) return [];
    return this.world.conversations.filter(
      (c) =>
        c.location === 'inbox' &&
        currentChannelId(c) === move.channelId &&
        (move.history.kind === 'all' || move.arrivals.has(c.id)),
    );
  }

  private process(conversation: Conversation, at: number): void {
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
  private processIntoHelpDesk(conversation: Conversation, channelId: string): void {
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

  advance(ms: number, command: Command = { type: 'advance', ms }): this {
    const end = this.world.clock + ms;
    let at = this.world.clock;
    while (this.move !== null && !this.crashed && at + UNIT_MS <= end) {
      at += UNIT_MS;
      const next = this.pending()[0];
      if (next !== undefined) this.process(next, at);
      else {
        const { channelId, processed, messagesMoved } = this.move;
        this.builder.log(
          { type: 'move-completed', channelId, conversationsMoved: processed, messagesMoved },
          at,
        );
        this.builder.log({ type: 'banner-hidden', channelId }, at);
        this.locations(channelId, 'help-desk');
        this.move = null;
      }
    }
    // run-until-idle stops when the move completes, and advances nothing while the worker is down.
    const idle = command.type === 'run-until-idle' && (this.move === null || this.crashed);
    this.setWorld({ clock: idle ? at : end });
    return this.close(command);
  }

  runUntilIdle(): this {
    return this.advance(30 * 24 * 3600 * 1000, { type: 'run-until-idle' });
  }

  arrive(conversation: Conversation): this {
    const channelId = currentChannelId(conversation);
    const location = this.world.channels.find((c) => c.id === channelId)?.location;
    this.setWorld({ conversations: [...this.world.conversations, { ...conversation, location: 'inbox' }] });
    if (location === 'moving') this.move?.arrivals.add(conversation.id);
    const landed = location === 'help-desk' ? 'help-desk' : 'inbox';
    this.builder.log({
      type: 'conversation-arrived',
      conversationId: conversation.id,
      channelId,
      location: landed,
    });
    if (landed === 'help-desk') this.processIntoHelpDesk({ ...conversation, location: 'inbox' }, channelId);
    return this.close({ type: 'conversation-arrives', conversation });
  }

  reply(conversationId: string, message: Message): this {
    let conv = this.world.conversations.find((c) => c.id === conversationId);
    const channel =
      conv === undefined
        ? undefined
        : this.world.channels.find((c) => c.id === currentChannelId(conv as Conversation));
    if (
      conv?.location === 'inbox' &&
      channel?.location === 'help-desk' &&
      this.opts.policies['OPEN-2'] === 'moves'
    ) {
      this.processIntoHelpDesk(conv, currentChannelId(conv));
      conv = this.world.conversations.find((c) => c.id === conversationId);
    }
    if (conv === undefined) return this;
    const updated = { ...conv, messages: [...conv.messages, message] };
    this.setWorld({
      conversations: this.world.conversations.map((c) => (c.id === conversationId ? updated : c)),
    });
    const ticket: Ticket | undefined = this.world.tickets.find(
      (t) => t.conversationId === conversationId && t.location === 'help-desk',
    );
    const ticketId = updated.location === 'help-desk' ? (ticket?.id ?? null) : null;
    this.builder.log({
      type: 'reply-added',
      conversationId,
      messageId: message.id,
      location: updated.location,
      ticketId,
    });
    return this.close({ type: 'reply-arrives', conversationId, message });
  }

  changeChannel(conversationId: string, toChannelId: string): this {
    const conv = this.world.conversations.find((c) => c.id === conversationId);
    if (conv === undefined) return this;
    const updated = { ...conv, channelHistory: [...conv.channelHistory, toChannelId] };
    this.setWorld({
      conversations: this.world.conversations.map((c) => (c.id === conversationId ? updated : c)),
    });
    this.builder.log({
      type: 'channel-changed',
      conversationId,
      fromChannelId: currentChannelId(conv),
      toChannelId,
    });
    const target = this.world.channels.find((c) => c.id === toChannelId)?.location;
    if (target === 'help-desk' && conv.location === 'inbox') this.processIntoHelpDesk(updated, toChannelId);
    return this.close({ type: 'change-channel', conversationId, toChannelId });
  }

  setAccess(userId: string, access: boolean): this {
    this.setWorld({
      users: this.world.users.map((u) => (u.id === userId ? { ...u, helpDeskAccess: access } : u)),
    });
    this.builder.log({ type: 'access-changed', userId, access });
    return this.close({ type: 'set-help-desk-access', userId, access });
  }

  setNotifications(on: boolean): this {
    if (
      on &&
      !this.world.account.notificationsOn &&
      this.move !== null &&
      this.opts.policies['OPEN-6'] === 'off-until-complete'
    ) {
      this.move.heldBack = true;
    }
    this.setWorld({ account: { ...this.world.account, notificationsOn: on } });
    this.builder.log({ type: 'notifications-changed', on });
    return this.close({ type: 'set-notifications', on });
  }

  leave(userId = 'admin'): this {
    this.builder.log({ type: 'progress-page-left', userId });
    return this.close({ type: 'leave-progress-page', userId });
  }

  crash(): this {
    this.crashed = true;
    this.builder.log({ type: 'worker-crashed' });
    return this.close({ type: 'worker-crash' });
  }

  restart(): this {
    this.crashed = false;
    this.builder.log({ type: 'worker-restarted' });
    return this.close({ type: 'worker-restart' });
  }

  trace(): Trace {
    return this.builder.build(this.world, 'mini');
  }
}
