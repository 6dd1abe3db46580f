import type {
  Command,
  Conversation,
  HistoryChoice,
  Message,
  RuleId,
  Ticket,
  Trace,
} from '../../../domain/index.ts';
import { currentChannelId } from '../../../domain/index.ts';

import { MiniSystemCore } from './mini-system-core.ts';

/** Each conversation takes this long to move; completing takes one more unit (MOVE-5). */
export const UNIT_MS = 1000;

/**
 * A tiny, happy-path system written from SEMANTICS.md for the checker tests only (it is not the
 * reference model, and it checks no eligibility: tests refuse explicitly with `refuse`).
 */
export class MiniSystem extends MiniSystemCore {
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
