// The reference system over a fixture world, and what the machine tests read back from it.
import type {
  Command,
  Conversation,
  EventType,
  Policies,
  ProfileId,
  SyncMigrationSystem,
  SystemEvent,
  Ticket,
  World,
} from '../../domain/index.ts';
import { DEFAULT_POLICIES, DEFAULT_PROFILE } from '../../domain/index.ts';
import { createReferenceSystem } from '../../machines/index.ts';

export interface SystemSpec {
  readonly policies?: Partial<Policies>;
  readonly profile?: ProfileId;
}

export function system(w: World, spec: SystemSpec = {}): SyncMigrationSystem {
  return createReferenceSystem(w, {
    policies: { ...DEFAULT_POLICIES, ...spec.policies },
    profile: spec.profile ?? DEFAULT_PROFILE,
  });
}

/** Plays commands; fails the test at the first one not accepted. */
export function play(s: SyncMigrationSystem, ...commands: Command[]): void {
  for (const command of commands) {
    const result = s.execute(command);
    if (result.status !== 'accepted') {
      throw new Error(`${command.type} was ${result.status}: ${result.reason}`);
    }
  }
}

export function eventsOf<T extends EventType>(
  s: SyncMigrationSystem,
  type: T,
): Extract<SystemEvent, { type: T }>[] {
  return s.events().filter((event): event is Extract<SystemEvent, { type: T }> => event.type === type);
}

export function conversationIn(s: SyncMigrationSystem, id: string): Conversation {
  const found = s.world().conversations.find((c) => c.id === id);
  if (found === undefined) throw new Error(`no conversation ${id}`);
  return found;
}

export function ticketsOf(s: SyncMigrationSystem, conversationId: string): Ticket[] {
  return s.world().tickets.filter((t) => t.conversationId === conversationId);
}
