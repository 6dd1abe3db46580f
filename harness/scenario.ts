import type {
  ChannelLocation,
  RuleId,
  ScenarioRef,
  Script,
  SimTime,
  SystemOptions,
  VerdictStatus,
  World,
} from '../domain/index.ts';

/** What an `expect: counts:` entry can count (labelled in check-expectations.ts). */
export const COUNT_KEYS = [
  'conversationsInHelpDesk',
  'conversationsInInbox',
  'ticketsInHelpDesk',
  'ticketsCreated',
  'ticketsMoved',
  'conversationsMoved',
  'notificationsSent',
  'refusals',
] as const;
export type CountKey = (typeof COUNT_KEYS)[number];

/** One thing a scenario says must hold after its script has played. */
export type Expectation =
  /** `step` counts script entries from 1, as a person reads the file. */
  | {
      readonly kind: 'step';
      readonly step: number;
      readonly status: 'accepted' | 'refused' | 'invalid';
      readonly ruleId?: RuleId;
    }
  | { readonly kind: 'count'; readonly key: CountKey; readonly value: number }
  | {
      readonly kind: 'conversation';
      readonly id: string;
      readonly location?: 'inbox' | 'help-desk';
      readonly channel?: string;
      readonly tickets?: number;
      readonly messages?: number;
    }
  /** A ticket by ID, or the one ticket of conversation `of`. */
  | {
      readonly kind: 'ticket';
      readonly id?: string;
      readonly of?: string;
      readonly status?: string;
      readonly ownerId?: string | null;
      readonly createdAt?: SimTime;
      readonly location?: 'inbox' | 'help-desk';
      readonly sla?: boolean;
    }
  | { readonly kind: 'channel'; readonly id: string; readonly location: ChannelLocation }
  | { readonly kind: 'verdict'; readonly ruleId: RuleId; readonly status: VerdictStatus };

/** A loaded, validated scenario with every default filled in: ready to play. */
export interface Scenario {
  readonly ref: ScenarioRef;
  readonly description: string;
  readonly world: World;
  readonly script: Script;
  /** The scenario's policies over the defaults, and its profile (or the default profile). */
  readonly options: SystemOptions;
  readonly expectations: readonly Expectation[];
  /** Where a counterexample saved by `explore` came from (its `found:` block); absent otherwise. */
  readonly found?: CounterexampleOrigin;
}

/** Where a counterexample saved by `explore` came from: scenarios/load-counterexample.ts reads it. */
export interface CounterexampleOrigin {
  readonly system: string;
  readonly seed: number;
  readonly path: string;
  readonly replay: string | null;
  /** Set when the run failed because the system failed (threw, answered malformed, hung): how. */
  readonly systemFailure?: string;
}
