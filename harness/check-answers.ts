import type { z } from 'zod';
import { z as zod } from 'zod';
import type { CommandResult, MigrationSystem, Observation, SystemEvent, World } from '../domain/index.ts';
import {
  AccountSchema,
  ChannelSchema,
  CommandResultSchema,
  ConversationSchema,
  ObservationSchema,
  SystemEventSchema,
  TicketSchema,
  UserSchema,
} from '../domain/system-schemas.ts';
import { describeFound, formatPath, zodIssueWords } from '../domain/issue-words.ts';
import { compileGuard, type Guard } from './compile-guard.ts';

/** An answer of a system that is not the shape domain/ says: the field path, what was expected and found. */
export class MalformedAnswer extends Error {
  override readonly name = 'MalformedAnswer';
}

/**
 * Lists longer than this (a big world's conversations and tickets, a big move's events) are checked
 * on a sample only: the first and last SAMPLE/4 elements and SAMPLE/2 evenly spaced between. A full
 * pass costs ~1.6 µs per conversation (1.6 s for a million: more than the 10% of the move the
 * seam may add); the sample costs a few ms and still catches a system that answers the wrong shape
 * (which it does everywhere, or at the start or end of a list). Smaller lists are checked in full.
 */
export const FULL_CHECK_LIMIT = 50_000;
const SAMPLE = 4_000;

const UsersSchema = zod.array(UserSchema);
const ChannelsSchema = zod.array(ChannelSchema);

/**
 * The parts of a play's answers already checked (worlds, their elements, events): one set per play.
 * Worlds are immutable values that share their unchanged parts between reads (domain/world.ts), so
 * each conversation or ticket is checked once per play. A set per play rather than one WeakSet for
 * the process: adding to a WeakSet costs microseconds (V8's ephemeron tables), a fixed cost that
 * outweighed the check itself on explore's small worlds.
 */
export type Checked = Set<object>;

function fail(issue: z.core.$ZodIssue, prefix: readonly (string | number)[]): never {
  const { path, expected, found } = zodIssueWords(issue, prefix);
  // A discriminated union (a result's status, an event's type): name the values, and the one found.
  const discriminator = (issue as { discriminator?: unknown }).discriminator;
  if (issue.code === 'invalid_union' && typeof discriminator === 'string') {
    const values = [...issue.message.matchAll(/'([^']*)'/g)].map((match) => match[1]);
    const input = issue.input as Record<string, unknown> | undefined;
    throw new MalformedAnswer(
      `${formatPath(path)}: expected one of ${values.join(', ')}, found ${describeFound(input?.[discriminator])}`,
    );
  }
  throw new MalformedAnswer(`${formatPath(path)}: expected ${expected}, found ${found}`);
}

const guards = new WeakMap<z.ZodType, Guard>();

function parse<T>(schema: z.ZodType, value: unknown, prefix: readonly (string | number)[]): T {
  let guard = guards.get(schema);
  if (guard === undefined) guards.set(schema, (guard = compileGuard(schema)));
  // The compiled guard is the fast path; zod only explains a failure (and has the last word).
  if (!guard(value)) {
    const parsed = schema.safeParse(value, { reportInput: true });
    if (!parsed.success) {
      const [issue] = parsed.error.issues;
      fail(issue ?? { code: 'custom', path: [], message: 'a valid value', input: value }, prefix);
    }
  }
  // The value itself, not a copy: keeps the system's structural sharing.
  return value as T;
}

/** `parse`, once per object: an immutable part of a world already checked is not checked again. */
function parseOnce(
  schema: z.ZodType,
  value: unknown,
  prefix: readonly (string | number)[],
  checked: Checked,
): void {
  if (typeof value === 'object' && value !== null && checked.has(value)) return;
  parse(schema, value, prefix);
  if (typeof value === 'object' && value !== null) checked.add(value);
}

export function checkResult(value: unknown): CommandResult {
  return parse(CommandResultSchema, value, ['result']);
}

export function checkObservation(value: unknown): Observation {
  return parse(ObservationSchema, value, ['observation']);
}

/**
 * The elements [from, end) of a list, each against `schema` (all of them up to FULL_CHECK_LIMIT,
 * else a sample), skipping objects already checked.
 */
function checkElements(
  list: readonly unknown[],
  from: number,
  schema: z.ZodType,
  prefix: string,
  checked: Checked,
): void {
  const count = list.length - from;
  const stride = count <= FULL_CHECK_LIMIT ? 1 : Math.ceil(count / (SAMPLE / 2));
  const edge = count <= FULL_CHECK_LIMIT ? count : SAMPLE / 4;
  for (let i = from; i < list.length; i += i - from < edge || list.length - i <= edge ? 1 : stride) {
    const element = list[i];
    if (typeof element === 'object' && element !== null && checked.has(element)) continue;
    parse(schema, element, [prefix, i]);
    if (typeof element === 'object' && element !== null) checked.add(element);
  }
}

/**
 * A world: every part once (worlds share their unchanged parts between reads, so a step costs
 * only what it changed), the conversations and tickets element by element (see checkElements).
 */
export function checkWorld(value: unknown, checked: Checked): World {
  if (typeof value === 'object' && value !== null && checked.has(value)) return value as World;
  checkShell(value);
  const world = value as World;
  parseOnce(AccountSchema, world.account, ['world', 'account'], checked);
  parseOnce(UsersSchema, world.users, ['world', 'users'], checked);
  parseOnce(ChannelsSchema, world.channels, ['world', 'channels'], checked);
  if (!checked.has(world.conversations)) {
    checkElements(world.conversations, 0, ConversationSchema, 'world.conversations', checked);
    checked.add(world.conversations);
  }
  if (!checked.has(world.tickets)) {
    checkElements(world.tickets, 0, TicketSchema, 'world.tickets', checked);
    checked.add(world.tickets);
  }
  checked.add(world);
  return world;
}

/** The world's own fields, its lists not looked into (a million conversations are not copied). */
function checkShell(value: unknown): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new MalformedAnswer(`world: expected a World object, found ${describeFound(value)}`);
  }
  const world = value as Record<string, unknown>;
  if (typeof world.clock !== 'number' || !Number.isFinite(world.clock)) {
    throw new MalformedAnswer(`world.clock: expected a number, found ${describeFound(world.clock)}`);
  }
  for (const list of ['users', 'channels', 'conversations', 'tickets']) {
    if (!Array.isArray(world[list])) {
      throw new MalformedAnswer(`world.${list}: expected a list, found ${describeFound(world[list])}`);
    }
  }
}

/**
 * The events of a log from index `from` (those not read before), checked. `offset` is the log
 * position of `list[0]` (non-zero for `eventsSince`), so a message names the event's position.
 */
export function checkEvents(value: unknown, from: number, offset: number, checked: Checked): SystemEvent[] {
  if (!Array.isArray(value))
    throw new MalformedAnswer(`events: expected a list, found ${describeFound(value)}`);
  if (value.length < from) {
    throw new MalformedAnswer(
      `events: expected an append-only log of at least ${from} events (as read before), found ${value.length}`,
    );
  }
  try {
    checkElements(value, from, SystemEventSchema, 'events', checked);
  } catch (error) {
    if (offset === 0 || !(error instanceof MalformedAnswer)) throw error;
    throw new MalformedAnswer(
      error.message.replace(/^events\[(\d+)\]/, (_, i: string) => `events[${offset + Number(i)}]`),
    );
  }
  return (value as SystemEvent[]).slice(from);
}

const METHODS = ['execute', 'world', 'observe', 'events'] as const;

/** What a factory made: a MigrationSystem (a name, the four methods; eventsSince and close if given). */
export function checkSystem(value: unknown): MigrationSystem {
  if (typeof value !== 'object' || value === null) {
    throw new MalformedAnswer(`system: expected a MigrationSystem object, found ${describeFound(value)}`);
  }
  const system = value as Record<string, unknown>;
  if (typeof system.name !== 'string' || system.name === '') {
    throw new MalformedAnswer(`system.name: expected a non-empty text, found ${describeFound(system.name)}`);
  }
  for (const method of [...METHODS, 'eventsSince', 'close']) {
    const present = typeof system[method] === 'function';
    if (!present && (system[method] !== undefined || (METHODS as readonly string[]).includes(method))) {
      throw new MalformedAnswer(
        `system.${method}: expected a method, found ${describeFound(system[method])}`,
      );
    }
  }
  return value as MigrationSystem;
}
