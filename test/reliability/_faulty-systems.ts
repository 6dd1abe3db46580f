// Fault-specific bad systems: the reference system wrapped so that it mishandles ONE fault.
// The checkers must catch each of them under the same faults the reference survives.
import type {
  Command,
  CommandResult,
  Conversation,
  EventBody,
  Message,
  SyncMigrationSystem,
  SystemEvent,
  SyncSystemFactory,
  Ticket,
  World,
} from '../../domain/index.ts';
import { createReferenceSystemWith, DEFAULT_TIMING } from '../../machines/index.ts';

/** One fault: it sees each command after the inner system ran it, and patches the world. */
interface Fault {
  /** Events to append after the inner system's own ones. */
  after(command: Command, inner: SyncMigrationSystem): EventBody[];
  patch(world: World): World;
}

/** Wraps the reference system (small batches); its log renumbers inner events, then the fault's. */
function wrap(name: string, makeFault: () => Fault): SyncSystemFactory {
  return (initial, options) => {
    const inner = createReferenceSystemWith({ ...DEFAULT_TIMING, batchSize: 2 })(initial, options);
    const fault = makeFault();
    const log: SystemEvent[] = [];
    let seen = 0;
    const append = (body: EventBody, at: number): void => {
      log.push({ ...body, seq: log.length, at });
    };
    return {
      name,
      execute(command: Command): CommandResult {
        const result = inner.execute(command);
        for (const event of inner.events().slice(seen)) append(event, event.at);
        seen = inner.events().length;
        for (const body of fault.after(command, inner)) append(body, inner.world().clock);
        return result;
      },
      world: () => fault.patch(inner.world()),
      observe: () => inner.observe(),
      events: () => log,
    };
  };
}

/** A crash that loses the conversation in flight: the last one moved before the crash vanishes. */
export const losesInFlight: SyncSystemFactory = wrap('loses-in-flight', () => {
  const lost = new Set<string>();
  return {
    after(command, inner) {
      if (command.type === 'worker-crash') {
        const moved = inner
          .events()
          .flatMap((e) => (e.type === 'conversation-moved' ? [e.conversationId] : []));
        const last = moved[moved.length - 1];
        if (last !== undefined) lost.add(last);
      }
      return [];
    },
    patch: (world) =>
      lost.size === 0
        ? world
        : { ...world, conversations: world.conversations.filter((c) => !lost.has(c.id)) },
  };
});

/** A restart that re-creates a ticket for every conversation the move already processed. */
export const recreatesTickets: SyncSystemFactory = wrap('recreates-tickets', () => {
  const extra: Ticket[] = [];
  return {
    after(command, inner) {
      if (command.type !== 'worker-restart') return [];
      const clock = inner.world().clock;
      const moved = inner
        .events()
        .flatMap((e) => (e.type === 'conversation-moved' ? [e.conversationId] : []));
      const tickets = moved.map((conversationId, i): Ticket => ({
        id: `again-${extra.length + i}`,
        conversationId,
        subject: 'created again after the restart',
        createdAt: clock,
        status: 'New',
        ownerId: null,
        location: 'help-desk',
        sla: null,
      }));
      extra.push(...tickets);
      return tickets.map((t) => ({
        type: 'ticket-created' as const,
        ticketId: t.id,
        conversationId: t.conversationId,
        status: t.status,
        ownerId: null,
        createdAt: t.createdAt,
      }));
    },
    patch: (world) => (extra.length === 0 ? world : { ...world, tickets: [...world.tickets, ...extra] }),
  };
});

/** A duplicate delivery appended twice: the same conversation again, the same reply again. */
export const appendsDuplicates: SyncSystemFactory = wrap('appends-duplicates', () => {
  const delivered = new Set<string>();
  const copies: Conversation[] = [];
  const replies = new Set<string>();
  const doubled = new Map<string, Message[]>();
  return {
    after(command) {
      if (command.type === 'conversation-arrives') {
        if (delivered.has(command.conversation.id)) copies.push(command.conversation);
        delivered.add(command.conversation.id);
      }
      if (command.type === 'reply-arrives') {
        if (replies.has(command.message.id))
          doubled.set(command.conversationId, [
            ...(doubled.get(command.conversationId) ?? []),
            command.message,
          ]);
        replies.add(command.message.id);
      }
      return [];
    },
    patch(world) {
      if (copies.length === 0 && doubled.size === 0) return world;
      const conversations = world.conversations.map((c) => {
        const again = doubled.get(c.id);
        return again === undefined ? c : { ...c, messages: [...c.messages, ...again] };
      });
      return { ...world, conversations: [...conversations, ...copies] };
    },
  };
});
