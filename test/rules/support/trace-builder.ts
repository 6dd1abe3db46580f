import type {
  Command,
  CommandResult,
  EventBody,
  Observation,
  RuleId,
  SimTime,
  SystemEvent,
  SystemOptions,
  Trace,
  TraceStep,
  World,
} from '../../../domain/index.ts';
import { DEFAULT_POLICIES, DEFAULT_PROFILE } from '../../../domain/index.ts';

/** Options with the default policies and profile, overridable piecewise. */
export function options(
  policies: Partial<SystemOptions['policies']> = {},
  profile: SystemOptions['profile'] = DEFAULT_PROFILE,
): SystemOptions {
  return { policies: { ...DEFAULT_POLICIES, ...policies }, profile };
}

/** The observation of a world with no move running. */
export function idleObservation(world: World): Observation {
  return {
    at: world.clock,
    banner: null,
    notificationsOn: world.account.notificationsOn,
    move: null,
    channelLocations: Object.fromEntries(world.channels.map((c) => [c.id, c.location])),
  };
}

/**
 * Builds a trace step by step: the caller says what each command returned, which events it
 * logged (seq and time are filled in) and how the observation changed.
 */
export class TraceBuilder {
  readonly steps: TraceStep[] = [];
  readonly events: SystemEvent[] = [];
  observation: Observation;

  constructor(
    readonly before: World,
    readonly options: SystemOptions = { policies: DEFAULT_POLICIES, profile: DEFAULT_PROFILE },
  ) {
    this.observation = idleObservation(before);
  }

  /** Logs one event now (or at `at`), without closing a step. */
  log(body: EventBody, at: SimTime = this.observation.at): void {
    this.events.push({ ...body, seq: this.events.length, at });
  }

  /** Closes a step: the events logged since the last step belong to this command. */
  step(
    command: Command,
    result: CommandResult = { status: 'accepted' },
    patch: Partial<Observation> = {},
    world?: World,
  ): this {
    const eventsFrom = this.steps.length === 0 ? 0 : (this.steps[this.steps.length - 1]?.eventsTo ?? 0);
    this.observation = { ...this.observation, ...patch };
    this.steps.push({
      index: this.steps.length,
      command,
      result,
      observation: this.observation,
      eventsFrom,
      eventsTo: this.events.length,
      ...(world === undefined ? {} : { world }),
    });
    return this;
  }

  /** A refused command, logged the way SEMANTICS.md says. */
  refuse(command: Command, ruleId: RuleId, world?: World): this {
    const reason = `refused: the request breaks ${ruleId}`;
    this.log({ type: 'command-refused', command: command.type, ruleId, reason });
    return this.step(command, { status: 'refused', ruleId, reason }, {}, world);
  }

  build(after: World, system = 'test'): Trace {
    return {
      system,
      options: this.options,
      before: this.before,
      initial: idleObservation(this.before),
      steps: this.steps,
      after,
      events: this.events,
    };
  }
}
