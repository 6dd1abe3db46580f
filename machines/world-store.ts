import type { Account, Channel, Conversation, SimTime, Ticket, User, World } from '../domain/index.ts';
import { CowList } from './cow-list.ts';
import { TicketIndex } from './ticket-index.ts';

/**
 * The reference system's world: copy-on-write lists with ID indexes. Objects are replaced, never
 * mutated, so every `World` handed out (and the one given) stays valid forever.
 */
export class WorldStore {
  clock: SimTime;
  private accountValue: Account;
  readonly users: CowList<User>;
  readonly channels: CowList<Channel>;
  readonly conversations: CowList<Conversation>;
  readonly tickets: CowList<Ticket>;
  private readonly ticketIndex: TicketIndex;
  private cached: World | null = null;

  constructor(world: World) {
    this.clock = world.clock;
    this.accountValue = world.account;
    this.users = new CowList(world.users);
    this.channels = new CowList(world.channels);
    this.conversations = new CowList(world.conversations);
    // Tickets are found through their conversation (TicketIndex), never by ID.
    this.tickets = new CowList(world.tickets, { indexed: false });
    this.ticketIndex = new TicketIndex((id) => this.conversations.indexOf(id));
    world.tickets.forEach((ticket, position) => this.ticketIndex.add(ticket.conversationId, position));
  }

  get account(): Account {
    return this.accountValue;
  }

  set account(account: Account) {
    this.accountValue = account;
    this.touch();
  }

  /** Call after any change so that `world()` builds a new value. */
  touch(): void {
    this.cached = null;
  }

  setClock(at: SimTime): void {
    if (at !== this.clock) this.touch();
    this.clock = at;
  }

  /** Positions of the conversation's tickets, oldest entry first. */
  ticketPositions(conversationId: string): readonly number[] {
    return this.ticketIndex.positions(conversationId);
  }

  hasTickets(conversationId: string, conversationPosition?: number): boolean {
    return this.ticketIndex.has(conversationId, conversationPosition);
  }

  /** Adds a ticket; pass the conversation's position when known, to spare a lookup on the hot path. */
  addTicket(ticket: Ticket, conversationPosition?: number): void {
    this.ticketIndex.add(ticket.conversationId, this.tickets.push(ticket), conversationPosition);
    this.touch();
  }

  replaceTicket(position: number, ticket: Ticket): void {
    this.tickets.replace(position, ticket);
    this.touch();
  }

  replaceUser(position: number, user: User): void {
    this.users.replace(position, user);
    this.touch();
  }

  replaceChannel(position: number, channel: Channel): void {
    this.channels.replace(position, channel);
    this.touch();
  }

  addConversation(conversation: Conversation): void {
    this.conversations.push(conversation);
    this.touch();
  }

  replaceConversation(position: number, conversation: Conversation): void {
    this.conversations.replace(position, conversation);
    this.touch();
  }

  world(): World {
    this.cached ??= {
      clock: this.clock,
      account: this.accountValue,
      users: this.users.snapshot(),
      channels: this.channels.snapshot(),
      conversations: this.conversations.snapshot(),
      tickets: this.tickets.snapshot(),
    };
    return this.cached;
  }
}
