import fc from 'fast-check';
import type { Account, ServiceHubTier } from '../../domain/index.ts';
import { DAY, HOUR } from '../../domain/index.ts';
import { HOSTILE_STRINGS } from '../hostile-strings.ts';
import { CHANNEL_MIX_KINDS } from '../world-knobs.ts';
import { slaPolicyArbitrary } from './sla-arbitrary.ts';
import type { WorldConstraints } from './world-constraints.ts';

/** The raw material of a world: references are plain naturals resolved modulo the list they point into. */
export interface UserSpec {
  readonly superAdmin: boolean;
  readonly helpDeskAccess: boolean;
  readonly name: string;
}
export interface ChannelSpec {
  readonly mix: (typeof CHANNEL_MIX_KINDS)[number];
  readonly routingRefs: readonly number[];
  readonly autoReply: boolean;
}
export interface MessageSpec {
  readonly gap: number;
  /** Move on to the next channel of the history from this message on. */
  readonly nextChannel: boolean;
  readonly author: 'contact' | 'agent';
  readonly body: string;
}
export interface ConversationSpec {
  readonly historyRefs: readonly number[];
  readonly closed: boolean;
  readonly ownerRef: number | null;
  readonly startOffset: number;
  readonly subject: string;
  readonly contactName: string;
  readonly messages: readonly MessageSpec[];
}
export interface TicketSpec {
  readonly conversationRef: number;
  readonly statusRef: number;
  readonly keepOwner: boolean;
  readonly createdGap: number;
}

/** Plain text first (shrinks there), a hostile string with the given weight out of 100. */
export function textArbitrary(plain: readonly string[], hostileWeight: number): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: fc.constantFrom(...plain), weight: 100 - hostileWeight },
    { arbitrary: fc.constantFrom(...HOSTILE_STRINGS), weight: hostileWeight },
  );
}

const NAMES = ['Ada Lovelace', 'Grace Hopper', 'Alan Turing', 'Katherine Johnson', 'Edsger Dijkstra'];
const SUBJECTS = ['Order not delivered', 'Refund request', 'Cannot log in', 'Invoice question'];
const BODIES = ['Hi, my order has not arrived yet.', 'Thanks, we are looking into it.', 'Any news?'];

/** The account: shrinks toward an eligible one (enterprise, beta on) with the smallest pipeline. */
export function accountArbitrary(): fc.Arbitrary<Account> {
  return fc.record({
    id: fc.constant('account'),
    name: fc.constantFrom('Acme', 'Globex'),
    tier: fc.constantFrom<ServiceHubTier>('enterprise', 'pro', 'starter', 'free'),
    helpDeskBeta: fc.constantFrom(true, false),
    notificationsOn: fc.constantFrom(true, false),
    sla: fc.option(slaPolicyArbitrary(), { nil: null }),
    pipeline: fc.record({
      id: fc.constant('help-desk'),
      statuses: fc.uniqueArray(
        fc.constantFrom('New', 'Waiting on contact', 'Waiting on us', 'Closed', 'Solved'),
        {
          minLength: 1,
          maxLength: 5,
        },
      ),
    }),
  });
}

export function userSpecArbitrary(c: WorldConstraints): fc.Arbitrary<UserSpec> {
  return fc.record({
    superAdmin: fc.boolean(),
    helpDeskAccess: fc.boolean(),
    name: textArbitrary(NAMES, c.hostileWeight),
  });
}

export function channelSpecArbitrary(): fc.Arbitrary<ChannelSpec> {
  return fc.record({
    mix: fc.constantFrom(...CHANNEL_MIX_KINDS),
    routingRefs: fc.array(fc.nat(), { maxLength: 2 }),
    autoReply: fc.boolean(),
  });
}

export function conversationSpecArbitrary(c: WorldConstraints): fc.Arbitrary<ConversationSpec> {
  const message = fc.record({
    gap: fc.nat({ max: 6 * HOUR }),
    nextChannel: fc.boolean(),
    author: fc.constantFrom('contact' as const, 'agent' as const),
    body: textArbitrary(BODIES, c.hostileWeight),
  });
  return fc.record({
    historyRefs: fc.array(fc.nat(), { minLength: 1, maxLength: Math.max(1, c.maxHistory) }),
    closed: fc.boolean(),
    ownerRef: fc.option(fc.nat(), { nil: null }),
    startOffset: fc.nat({ max: 30 * DAY }),
    subject: textArbitrary(SUBJECTS, c.hostileWeight),
    contactName: textArbitrary(NAMES, c.hostileWeight),
    messages: fc.array(message, { maxLength: c.maxMessages }),
  });
}

export function ticketSpecArbitrary(): fc.Arbitrary<TicketSpec> {
  return fc.record({
    conversationRef: fc.nat(),
    statusRef: fc.nat(),
    keepOwner: fc.boolean(),
    // Often 0: two tickets of one conversation then share a create date, the tie OPEN-5 breaks.
    createdGap: fc.oneof(
      { arbitrary: fc.nat({ max: DAY }), weight: 3 },
      { arbitrary: fc.constant(0), weight: 1 },
    ),
  });
}
