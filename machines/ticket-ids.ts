import { flat, type Ticket } from '../domain/index.ts';

/**
 * Deterministic ticket IDs that never collide: `<prefix><n>` counting from 1, with a prefix no
 * existing ticket ID starts with (only this system creates tickets afterwards).
 */
export class TicketIds {
  private readonly prefix: string;
  private count = 0;

  constructor(existing: readonly Ticket[]) {
    let prefix = 'ref-ticket-';
    for (let attempt = 2; existing.some((ticket) => ticket.id.startsWith(prefix)); attempt++) {
      prefix = `ref-ticket-${attempt}-`;
    }
    this.prefix = prefix;
  }

  next(): string {
    this.count += 1;
    // Flat at once: a template literal would make a cons string, copied flat again when hashed.
    return flat(this.prefix, this.count);
  }
}
