import type {
  Command,
  CommandResult,
  MaybePromise,
  MigrationSystem,
  Observation,
  SystemCapabilities,
  SystemEvent,
  World,
} from '../domain/index.ts';
import type { Op, ResultOf } from './messages.ts';
import { PER_STEP_WORLD_LIMIT } from '../harness/play-script.ts';
import { appendEvents } from '../harness/append-events.ts';
import { SystemCrash } from '../harness/system-failure.ts';
import { shareUnchanged } from './share-unchanged.ts';
import type { SystemProcess } from './system-process.ts';

/**
 * A prefetched answer nobody may ask for (the play failed first): its rejection must not count as
 * unhandled. Whoever awaits it still gets the rejection.
 */
export function unhandledIsFine<T>(answer: Promise<T>): Promise<T> {
  answer.catch(() => undefined);
  return answer;
}

const LISTS = ['users', 'channels', 'conversations', 'tickets'] as const;

/** Enough of a world's shape to share its parts by id (its full schema is the runner's to check). */
function isWorldShaped(value: unknown): value is World {
  if (typeof value !== 'object' || value === null) return false;
  const world = value as Record<string, unknown>;
  return LISTS.every((list) => {
    const elements = world[list];
    return (
      Array.isArray(elements) &&
      elements.every(
        (e) => typeof e === 'object' && e !== null && typeof (e as { id?: unknown }).id === 'string',
      )
    );
  });
}

/**
 * One play of a system behind the protocol. The event log is kept here, from the events each
 * `execute` answers with, so that `events()` and `eventsSince()` cost no round trip: the whole log
 * never crosses the pipe twice. Only a gap (events the system logged before the first command, or
 * a renumbering) is fetched with `events-since`, from the first event not yet seen.
 */
export class ExecSystem implements MigrationSystem {
  private log: SystemEvent[] = [];
  /** Whether `log` is known to be the system's whole log (false until its start is confirmed). */
  private synced = false;
  /** The last world seen (at first the one `init` sent): unchanged parts of the next are shared with it. */
  private lastWorld: World;
  /** Whether the runner reads the world after every step (small worlds, scenarios/play-script.ts). */
  private readonly worldPerStep: boolean;
  /**
   * `observe` (and `world`) sent right behind `execute`, without waiting for its answer: the runner
   * asks for them after every step, and one round trip instead of three is most of the speed of
   * the protocol (bench/PROTOCOL.md). The system answers in order, so they see the command's effect.
   */
  private prefetched: { observe?: Promise<Observation>; world?: Promise<World> } = {};
  /** The log as `init` left it (normally empty), asked for right behind `init`; read once (and owned: a parsed answer). */
  private initialLog: Promise<SystemEvent[]> | undefined;

  constructor(
    readonly name: string,
    readonly capabilities: SystemCapabilities,
    private readonly process: SystemProcess,
    /** False once a later `init` on the same process ended this play. */
    private readonly isCurrent: () => boolean,
    initialWorld: World,
    /** `observe` and `events-since 0`, sent right behind `init` (see `prefetched`). */
    opening: { readonly observe: Promise<Observation>; readonly log: Promise<SystemEvent[]> },
  ) {
    this.prefetched = { observe: opening.observe };
    this.initialLog = opening.log;
    this.lastWorld = initialWorld;
    this.worldPerStep = initialWorld.conversations.length <= PER_STEP_WORLD_LIMIT;
  }

  async execute(command: Command): Promise<CommandResult> {
    const executing = this.call('execute', { command });
    this.prefetched = {
      observe: unhandledIsFine(this.call('observe')),
      ...(this.worldPerStep ? { world: unhandledIsFine(this.call('world')) } : {}),
    };
    const { result, events } = await executing;
    // The log as init left it came before this answer: take it first, then this command's events.
    if (!this.synced && this.initialLog !== undefined) await this.sync();
    const [first] = events;
    if (first !== undefined) {
      if (first.seq === this.log.length) {
        this.log = appendEvents(this.log, events);
        this.synced = true;
      } else {
        await this.sync();
      }
    }
    return result;
  }

  async world(): Promise<World> {
    const prefetched = this.prefetched.world;
    this.prefetched.world = undefined;
    const world = await (prefetched ?? this.call('world'));
    // Only a world of the documented shape is merged (the runner reports any other as malformed).
    if (!isWorldShaped(world)) return world;
    this.lastWorld = shareUnchanged(world, this.lastWorld);
    return this.lastWorld;
  }

  observe(): Promise<Observation> {
    const prefetched = this.prefetched.observe;
    this.prefetched.observe = undefined;
    return prefetched ?? this.call('observe');
  }

  events(): MaybePromise<readonly SystemEvent[]> {
    if (this.synced) return this.log;
    return this.sync().then(() => this.log);
  }

  eventsSince(seq: number): MaybePromise<readonly SystemEvent[]> {
    if (this.synced) return this.log.slice(seq);
    return this.sync().then(() => this.log.slice(seq));
  }

  async close(): Promise<void> {
    if (!this.isCurrent() || !this.process.alive) return;
    // The runner gave up on an answer (its own step timeout): stop the process rather than queue.
    if (this.process.busy) return this.process.kill();
    await this.call('close');
  }

  /** Fetches what the log holds beyond what is known here. */
  private async sync(): Promise<void> {
    const initial = this.initialLog;
    this.initialLog = undefined;
    const missing = await (initial ?? this.call('events-since', { seq: this.log.length }));
    this.log = appendEvents(this.log, missing);
    this.synced = true;
  }

  private call<O extends Op>(op: O, params: Readonly<Record<string, unknown>> = {}): Promise<ResultOf<O>> {
    if (!this.isCurrent()) {
      return Promise.reject(
        new SystemCrash(this.name, `${op}: this play was already ended (another init followed)`),
      );
    }
    return this.process.request(op, params);
  }
}
