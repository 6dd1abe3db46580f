const NONE = -1;
const SEVERAL = -2;

/**
 * Which tickets belong to which conversation, by conversation position: one Int32 per
 * conversation (4 MB for a million, where a Map costs ~50 MB), with a Map only for the rare
 * conversation that has several tickets. Every ticket names a conversation of the world: the
 * harness plays valid worlds only (domain/validate-world.ts rejects a ticket naming no
 * conversation), and the system creates a ticket only for a conversation it holds.
 */
export class TicketIndex {
  private single = new Int32Array(1024).fill(NONE);
  private readonly spill = new Map<string, number[]>();

  constructor(private readonly positionOf: (conversationId: string) => number | undefined) {}

  add(conversationId: string, ticketPosition: number, conversationPosition?: number): void {
    const at = conversationPosition ?? this.positionOf(conversationId);
    if (at === undefined)
      throw new Error(`TicketIndex: a ticket of "${conversationId}", no conversation of the world`);
    this.ensure(at);
    const current = this.single[at] ?? NONE;
    if (current === NONE) this.single[at] = ticketPosition;
    else if (current === SEVERAL) this.spill.get(conversationId)?.push(ticketPosition);
    else {
      this.single[at] = SEVERAL;
      this.spill.set(conversationId, [current, ticketPosition]);
    }
  }

  /** Positions of the conversation's tickets, in the order they were added. */
  positions(conversationId: string): readonly number[] {
    const at = this.positionOf(conversationId);
    const current = at === undefined ? NONE : (this.single[at] ?? NONE);
    if (current === SEVERAL) return this.spill.get(conversationId) ?? [];
    return current === NONE ? [] : [current];
  }

  has(conversationId: string, conversationPosition?: number): boolean {
    const at = conversationPosition ?? this.positionOf(conversationId);
    return at !== undefined && (this.single[at] ?? NONE) !== NONE;
  }

  private ensure(at: number): void {
    if (at < this.single.length) return;
    let size = this.single.length;
    while (size <= at) size *= 2;
    const grown = new Int32Array(size).fill(NONE);
    grown.set(this.single);
    this.single = grown;
  }
}
