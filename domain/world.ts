import type { Account } from './account.ts';
import type { Channel } from './channel.ts';
import type { Conversation } from './conversation.ts';
import type { Ticket } from './ticket.ts';
import type { SimTime } from './time.ts';
import type { User } from './user.ts';

/**
 * Everything a move can touch. Worlds are immutable values: a system never mutates an object
 * it was given or has returned (it replaces it), so a trace can hold the world before and after
 * without copying a million conversations.
 */
export interface World {
  readonly clock: SimTime;
  readonly account: Account;
  readonly users: readonly User[];
  readonly channels: readonly Channel[];
  readonly conversations: readonly Conversation[];
  readonly tickets: readonly Ticket[];
}
