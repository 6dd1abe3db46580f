import type { Ticket } from '../domain/index.ts';

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
    return `${this.prefix}${this.count}`;
  }
}
