import type { SnapshotActor } from './snapshot-actor.ts';
import { currentChannelId } from '../domain/index.ts';
import type { Conversation, MoveProgress, Policies, SimTime } from '../domain/index.ts';
import type { ConversationLifecycle, ConversationMover, MoveTerms } from './conversation-mover.ts';
import type { moveMachine } from './move-machine.ts';
import type { ReferenceTiming } from './reference-timing.ts';
import type { WorldStore } from './world-store.ts';

/** Everything a running move works with. */
export interface MoveRunSetup {
  readonly actor: SnapshotActor<typeof moveMachine>;
  readonly store: WorldStore;
  readonly mover: ConversationMover;
  readonly policies: Policies;
  readonly timing: ReferenceTiming;
  readonly channelId: string;
  readonly history: 'all' | 'none';
  readonly openStatus: string;
  readonly closedStatus: string;
  readonly startedAt: SimTime;
}

/**
 * The work of one running move: a queue of plain conversation IDs processed in simulated time,
 * driving the move actor once per batch (not once per conversation: that is what lets a million
 * conversations move in seconds). The actor holds the lifecycle (running/stalled/completed).
 */
export class MoveRun {
  readonly actor: SnapshotActor<typeof moveMachine>;
  readonly channelId: string;
  readonly history: 'all' | 'none';
  readonly startedAt: SimTime;
  /** Positions in the world's conversation list (stable: conversations are never removed). */
  private readonly queue: number[] = [];
  private head = 0;
  /** When the worker finished its last unit of work (never after the clock). */
  private cursor: SimTime;
  private inBatch = 0;
  private unreported = { processed: 0, messages: 0 };
  /** Conversations that arrived during the move (OPEN-7 dates their tickets). */
  private readonly arrivals = new Set<string>();
  /**
   * OPEN-9 at-move-start: the state and owner of a conversation before its first lifecycle change
   * during the move (an arrival's, as it arrived). Recorded on change, so untouched conversations
   * cost nothing and the world is never snapshotted.
   */
  private readonly lifecycleAtStart = new Map<string, ConversationLifecycle>();
  private readonly terms: MoveTerms;

  constructor(private readonly setup: MoveRunSetup) {
    this.actor = setup.actor;
    this.channelId = setup.channelId;
    this.history = setup.history;
    this.startedAt = setup.startedAt;
    this.cursor = setup.startedAt;
    if (setup.history === 'all') this.queueExisting();
    this.terms = this.termsFor(setup);
    this.actor.send({ type: 'CONVERSATIONS_QUEUED', pending: this.pending() });
  }

  /** Adds a conversation that arrived in, or (OPEN-3 at-processing) was changed into, the channel. */
  enqueue(conversationId: string, arrival: boolean, at: SimTime): void {
    const position = this.setup.store.conversations.indexOf(conversationId);
    if (position === undefined) return;
    if (arrival) this.arrivals.add(conversationId);
    // An idle worker picks new work up now, not in the past.
    if (this.head === this.queue.length && this.cursor < at) this.cursor = at;
    this.queue.push(position);
    this.actor.send({ type: 'CONVERSATIONS_QUEUED', pending: this.pending() });
  }

  /** Call before a close, reopen or reassign changes `conversation` during the move (OPEN-9). */
  noteLifecycleChange(conversation: Conversation): void {
    if (this.setup.policies['OPEN-9'] !== 'at-move-start') return;
    if (conversation.location !== 'inbox' || this.lifecycleAtStart.has(conversation.id)) return;
    this.lifecycleAtStart.set(conversation.id, {
      status: conversation.status,
      ownerId: conversation.ownerId,
    });
  }

  /** Whether the change of a conversation into the channel adds it to this move (OPEN-3). */
  takesChangedIn(): boolean {
    return this.history === 'all' && this.setup.policies['OPEN-3'] === 'at-processing';
  }

  restart(at: SimTime): void {
    // The unit in flight at the crash is lost and redone; nothing already processed is redone.
    this.cursor = at;
    this.inBatch = 0;
  }

  /** Processes work until `target`; returns the completion time when the move completed. */
  advanceTo(target: SimTime): SimTime | null {
    const { store, mover, timing } = this.setup;
    // Only a crash stalls the worker, and no crash happens inside this loop: check once.
    if (!this.actor.getSnapshot().matches({ running: 'active' })) return null;
    for (;;) {
      const position = this.nextPosition();
      if (position === undefined) {
        const doneAt = this.cursor + timing.msToComplete;
        if (doneAt > target) break;
        this.report();
        this.actor.send({ type: 'QUEUE_DRAINED' });
        // The move machine, not this loop, says whether the move is complete.
        if (this.actor.getSnapshot().matches('completed')) return doneAt;
        break;
      }
      const conversation = store.conversations.at(position);
      if (conversation === undefined) break;
      const overhead = this.inBatch === 0 ? timing.msPerBatch : 0;
      const at =
        this.cursor +
        overhead +
        timing.msPerConversation +
        timing.msPerMessage * conversation.messages.length;
      if (at > target) break;
      const messages = mover.move(position, at, this.terms);
      this.head += 1;
      this.cursor = at;
      if (messages >= 0) {
        this.unreported.processed += 1;
        this.unreported.messages += messages;
      }
      this.inBatch += 1;
      if (this.inBatch === timing.batchSize) {
        this.inBatch = 0;
        this.report();
      }
    }
    this.report();
    return null;
  }

  progress(): MoveProgress {
    const snapshot = this.actor.getSnapshot();
    return {
      channelId: this.channelId,
      startedAt: this.startedAt,
      status: snapshot.matches({ running: 'stalled' }) ? 'stalled' : 'running',
      processed: snapshot.context.processed,
      pending: snapshot.context.pending,
    };
  }

  private report(): void {
    const { processed, messages } = this.unreported;
    this.unreported = { processed: 0, messages: 0 };
    this.actor.send({ type: 'BATCH_PROCESSED', processed, messages, pending: this.pending() });
  }

  private pending(): number {
    return this.queue.length - this.head;
  }

  /** The next conversation to process; skips (at no cost) those that no longer qualify. */
  private nextPosition(): number | undefined {
    const conversations = this.setup.store.conversations;
    const atProcessing = this.setup.policies['OPEN-3'] === 'at-processing';
    while (this.head < this.queue.length) {
      const position = this.queue[this.head];
      const conversation = position === undefined ? undefined : conversations.at(position);
      const qualifies =
        conversation !== undefined &&
        conversation.location === 'inbox' &&
        (!atProcessing || currentChannelId(conversation) === this.channelId);
      if (qualifies) return position;
      this.head += 1;
    }
    return undefined;
  }

  private queueExisting(): void {
    const conversations = this.setup.store.conversations;
    for (let position = 0; position < conversations.length; position++) {
      const conversation = conversations.at(position);
      if (conversation?.location === 'inbox' && currentChannelId(conversation) === this.channelId) {
        this.queue.push(position);
      }
    }
  }

  private termsFor(setup: MoveRunSetup): MoveTerms {
    const users = setup.store.users;
    const current = (userId: string): boolean => users.get(userId)?.helpDeskAccess === true;
    let hasAccess = current;
    if (setup.policies['OPEN-4'] === 'at-move-start') {
      const atStart = new Map(setup.store.world().users.map((user) => [user.id, user.helpDeskAccess]));
      hasAccess = (userId) => atStart.get(userId) === true;
    }
    const processingTime = setup.policies['OPEN-7'] === 'processing-time';
    const atMoveStart = setup.policies['OPEN-9'] === 'at-move-start';
    const remembered = this.lifecycleAtStart;
    return {
      lifecycleOf: atMoveStart
        ? (conversation) => remembered.get(conversation.id) ?? conversation
        : undefined,
      channelId: setup.channelId,
      openStatus: setup.openStatus,
      closedStatus: setup.closedStatus,
      datedAtProcessing: (id) => processingTime && this.arrivals.has(id),
      hasAccess,
    };
  }
}
