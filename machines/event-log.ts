import type { EventBody, SimTime, SystemEvent } from '../domain/index.ts';

/** The append-only event log; arrays handed out by `all()` are never written afterwards. */
export class EventLog {
  private entries: SystemEvent[] = [];
  private shared = false;

  get length(): number {
    return this.entries.length;
  }

  append(at: SimTime, body: EventBody): void {
    this.push({ seq: this.entries.length, at, ...body });
  }

  /**
   * Appends an event written whole by the caller, `seq` being `length`. The hot path of a move
   * uses it: a literal is ~25 bytes smaller than a spread copy, 80 MB over a million-conversation move.
   */
  push(event: SystemEvent): void {
    if (event.seq !== this.entries.length) {
      throw new Error(`EventLog.push: expected seq ${this.entries.length}, got ${event.seq}`);
    }
    if (this.shared) {
      this.entries = this.entries.slice();
      this.shared = false;
    }
    this.entries.push(event);
  }

  all(): readonly SystemEvent[] {
    this.shared = true;
    return this.entries;
  }
}
