import { MESSAGE_AUTHORS, MESSAGE_KINDS, type Message, type MessageKind } from './conversation.ts';
import type { SimTime } from './time.ts';

/*
 * Many conversations' messages in columns, each conversation's list a read-only array over them.
 *
 * Why: this Node is built without pointer compression, so a message object costs 72 bytes, its
 * boxed `at` 16 and its ID 32, plus an 8-byte slot: ~128 bytes, 610 MiB of a generated
 * 1M-conversation inbox's 889 (bench/FIXES.md, "Why 1M did not fit in 1.5 GiB"). Here a message
 * is 16 bytes of typed arrays (bodies and channels by code); its object is made when read and dies young.
 *
 * A list is a Proxy over an empty array, so it *is* a `readonly Message[]` to every reader:
 * `Array.isArray`, `length`, indexing, iteration, the array methods, JSON and YAML all see the
 * messages. Reads make a new object each time (equal, not the same): no reader keeps messages by
 * identity (lists are compared by identity, messages by value). Writes throw, as on a frozen array.
 */

const KIND_CODE = new Map<MessageKind, number>(MESSAGE_KINDS.map((kind, i) => [kind, i]));

/** How a list's message IDs are spelled: `${prefix}${name}${separator}${number}`, numbered from `first`. */
export interface MessageIdScheme {
  readonly prefix: string;
  readonly separator: string;
  readonly first: number;
}

/** Growable columns: one entry per message, in conversation order. */
export class MessageColumns {
  private at: Float64Array;
  private channel: Uint16Array;
  private kind: Uint8Array;
  private author: Uint8Array;
  private body: Uint32Array;
  private readonly channelIds: string[] = [];
  private readonly channelCode = new Map<string, number>();
  // Bodies by code, not one reference per message: a list of 50M references (10M conversations) is
  // past V8's largest fast array and turns into a hash table that cannot grow (out of memory).
  private readonly bodies: string[] = [];
  private readonly bodyCode = new Map<string, number>();
  /** Messages added so far. */
  size = 0;

  /**
   * `ids`: message `j` of the list named `name` is `${prefix}${name}${separator}${j + first}` (made
   * when read: five million unique ID strings were 160 MB). `expected`: how many messages will be
   * added (a guess; the columns grow past it).
   */
  constructor(
    private readonly ids: MessageIdScheme,
    expected: number,
  ) {
    const capacity = Math.max(16, Math.ceil(expected));
    this.at = new Float64Array(capacity);
    this.channel = new Uint16Array(capacity);
    this.kind = new Uint8Array(capacity);
    this.author = new Uint8Array(capacity);
    this.body = new Uint32Array(capacity);
  }

  /** Appends one message; its ID is made when read (see the constructor). */
  add(at: SimTime, channelId: string, kind: MessageKind, author: Message['author'], body: string): void {
    if (this.size === this.at.length) this.grow();
    const i = this.size;
    this.at[i] = at;
    this.channel[i] = this.channelCodeOf(channelId);
    const kindCode = KIND_CODE.get(kind);
    if (kindCode === undefined)
      throw new RangeError(`message kind ${JSON.stringify(kind)} is none of ${MESSAGE_KINDS.join(', ')}`);
    this.kind[i] = kindCode;
    this.author[i] = author === 'agent' ? 1 : 0; // its index in MESSAGE_AUTHORS
    this.body[i] = this.bodyCodeOf(body);
    this.size = i + 1;
  }

  /** The `count` messages from `start` as a read-only array whose IDs carry `name`. */
  list(start: number, count: number, name: string | number): readonly Message[] {
    if (start < 0 || count < 0 || start + count > this.size) {
      throw new RangeError(`messages ${start}..${start + count} outside the ${this.size} added`);
    }
    return new Proxy<Message[]>(EMPTY_TARGET, new ListHandler(this, start, count, name));
  }

  /** Message `start + j` as an object, `j` its position in the list named `name`. */
  read(start: number, j: number, name: string | number): Message {
    const i = start + j;
    const ids = this.ids;
    return {
      id: `${ids.prefix}${name}${ids.separator}${j + ids.first}`,
      at: this.at[i] as number,
      channelId: this.channelIds[this.channel[i] as number] as string,
      kind: MESSAGE_KINDS[this.kind[i] as number] as MessageKind,
      author: MESSAGE_AUTHORS[this.author[i] as number] as Message['author'],
      body: this.bodies[this.body[i] as number] as string,
    };
  }

  private bodyCodeOf(body: string): number {
    let code = this.bodyCode.get(body);
    if (code === undefined) {
      code = this.bodies.length;
      this.bodies.push(body);
      this.bodyCode.set(body, code);
    }
    return code;
  }

  private channelCodeOf(channelId: string): number {
    let code = this.channelCode.get(channelId);
    if (code === undefined) {
      code = this.channelIds.length;
      if (code > 0xffff) throw new RangeError('more than 65,536 channels in one MessageColumns');
      this.channelIds.push(channelId);
      this.channelCode.set(channelId, code);
    }
    return code;
  }

  private grow(): void {
    const capacity = this.at.length * 2;
    this.at = grown(this.at, new Float64Array(capacity));
    this.channel = grown(this.channel, new Uint16Array(capacity));
    this.kind = grown(this.kind, new Uint8Array(capacity));
    this.author = grown(this.author, new Uint8Array(capacity));
    this.body = grown(this.body, new Uint32Array(capacity));
  }
}

/** `bigger` holding `column`'s values first. */
function grown<T extends Float64Array | Uint32Array | Uint16Array | Uint8Array>(column: T, bigger: T): T {
  bigger.set(column);
  return bigger;
}

/**
 * The one target of every list: never written (every writing trap refuses), so sharing it is
 * safe, and a list costs its proxy and its handler only. Extensible, so the traps may report
 * index properties it does not have; its `length` stays writable, so `get` may report another.
 */
const EMPTY_TARGET: Message[] = [];

/** Index of an array index key (`"0"`, `"12"`, not `"01"` or `"1e3"`), else -1. */
function indexOf(key: string | symbol, count: number): number {
  if (typeof key !== 'string') return -1;
  const first = key.charCodeAt(0);
  if (!(first >= 48 && first <= 57)) return -1; // not a digit (NaN for the empty key)
  if (key.length === 1) return first - 48 < count ? first - 48 : -1;
  const n = Number(key);
  return Number.isInteger(n) && n < count && String(n) === key ? n : -1;
}

class ListHandler implements ProxyHandler<Message[]> {
  constructor(
    private readonly columns: MessageColumns,
    private readonly start: number,
    private readonly count: number,
    private readonly name: string | number,
  ) {}

  get(target: Message[], key: string | symbol, receiver: unknown): unknown {
    if (key === 'length') return this.count;
    const j = indexOf(key, this.count);
    if (j >= 0) return this.columns.read(this.start, j, this.name);
    return Reflect.get(target, key, receiver);
  }

  has(target: Message[], key: string | symbol): boolean {
    return indexOf(key, this.count) >= 0 || Reflect.has(target, key);
  }

  ownKeys(): (string | symbol)[] {
    const keys: string[] = [];
    for (let j = 0; j < this.count; j++) keys.push(String(j));
    keys.push('length');
    return keys;
  }

  getOwnPropertyDescriptor(target: Message[], key: string | symbol): PropertyDescriptor | undefined {
    if (key === 'length')
      return { value: this.count, writable: true, enumerable: false, configurable: false };
    const j = indexOf(key, this.count);
    if (j < 0) return Reflect.getOwnPropertyDescriptor(target, key);
    return {
      value: this.columns.read(this.start, j, this.name),
      writable: false,
      enumerable: true,
      configurable: true,
    };
  }

  set(): boolean {
    return false;
  }

  defineProperty(): boolean {
    return false;
  }

  deleteProperty(): boolean {
    return false;
  }

  preventExtensions(): boolean {
    return false;
  }

  setPrototypeOf(): boolean {
    return false;
  }
}
