const NONE = -1;
const SEVERAL = -2;

/**
 * Which tickets belong to which conversation, by conversation position: one Int32 per
 * conversation (4 MB for a million, where a Map costs ~50 MB), with a Map only for the rare
 * conversation that has several tickets or is not (yet) in the world.
 */
export class TicketIndex {
  private single = new Int32Array(1024).fill(NONE);
  private readonly spill = new Map<string, number[]>();

  constructor(private readonly positionOf: (conversationId: string) => number | undefined) {}

  add(conversationId: string, ticketPosition: number, conversationPosition?: number): void {
    const at = conversationPosition ?? this.positionOf(conversationId);
    if (at === undefined) {
      this.spillOf(conversationId).push(ticketPosition);
      return;
    }
    this.ensure(at);
    const current = this.single[at] ?? NONE;
    if (current === NONE) this.single[at] = ticketPosition;
    else if (current === SEVERAL) this.spillOf(conversationId).push(ticketPosition);
    else {
      this.single[at] = SEVERAL;
      this.spill.set(conversationId, [current, ticketPosition]);
    }
  }

  /** Positions of the conversation's tickets, in the order they were added. */
  positions(conversationId: string): readonly number[] {
    const at = this.positionOf(conversationId);
    const current = at === undefined ? SEVERAL : (this.single[at] ?? NONE);
    if (current === SEVERAL) return this.spill.get(conversationId) ?? [];
    return current === NONE ? [] : [current];
  }

  has(conversationId: string, conversationPosition?: number): boolean {
    const at = conversationPosition ?? this.positionOf(conversationId);
    const current = at === undefined ? SEVERAL : (this.single[at] ?? NONE);
    return current === SEVERAL ? this.spill.has(conversationId) : current !== NONE;
  }

  /**
   * A conversation that arrives after tickets naming it were indexed (a world whose tickets point
   * at an unknown conversation) takes them over.
   */
  conversationAdded(conversationId: string): void {
    const early = this.spill.get(conversationId);
    const at = this.positionOf(conversationId);
    if (early === undefined || at === undefined) return;
    this.ensure(at);
    if (early.length === 1 && early[0] !== undefined) {
      this.single[at] = early[0];
      this.spill.delete(conversationId);
    } else this.single[at] = SEVERAL;
  }

  private spillOf(conversationId: string): number[] {
    let list = this.spill.get(conversationId);
    if (list === undefined) {
      list = [];
      this.spill.set(conversationId, list);
    }
    return list;
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
