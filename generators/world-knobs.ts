import { DEFAULT_OPERATING_HOURS } from '../domain/index.ts';
import type { ServiceHubTier, SlaPolicy } from '../domain/index.ts';

/** Every kind of channel RULES.md asks to generate, with chatflow surfaces and email kinds spelled out. */
export type ChannelMixKind =
  | 'email-team'
  | 'email-personal'
  | 'form'
  | 'chatflow-live-chat'
  | 'chatflow-bot'
  | 'chatflow-whatsapp'
  | 'chatflow-messenger'
  | 'calling'
  | 'whatsapp-channel'
  | 'messenger-channel'
  | 'custom';

export const CHANNEL_MIX_KINDS = [
  'email-team',
  'email-personal',
  'form',
  'chatflow-live-chat',
  'chatflow-bot',
  'chatflow-whatsapp',
  'chatflow-messenger',
  'calling',
  'whatsapp-channel',
  'messenger-channel',
  'custom',
] as const satisfies readonly ChannelMixKind[];

/** The knobs of `generateWorld`. Shares are probabilities in [0, 1]. */
export interface WorldKnobs {
  /** @default 1000 */
  readonly conversations: number;
  /** Messages per conversation, uniform in [min, max]. @default { min: 1, max: 9 } (mean 5) */
  readonly messagesPerConversation: { readonly min: number; readonly max: number };
  /** How many channels of each kind; conversations spread evenly over channels. @default one of each, two team emails and two forms */
  readonly channelMix: Readonly<Record<ChannelMixKind, number>>;
  /** @default 0.35 */
  readonly closedShare: number;
  /** Conversations with no owner. @default 0.15 */
  readonly unassignedShare: number;
  /** Among owned conversations, those whose owner has help desk access. @default 0.8 */
  readonly ownerHelpDeskAccessShare: number;
  /** Conversations with at least one associated ticket. @default 0.3 */
  readonly ticketShare: number;
  /** Among those with a ticket, those with several (2 or 3). @default 0.05 */
  readonly severalTicketsShare: number;
  /** Conversations moved from another channel (history of two channels). @default 0.05 */
  readonly changedChannelShare: number;
  /** Form submissions continued over a connected email channel (history [form, email], HIST-8). @default 0.3 */
  readonly formContinuedOverEmailShare: number;
  /** @default 25 */
  readonly users: number;
  /** @default 1 — at least one unless set to 0 on purpose. */
  readonly superAdmins: number;
  /** Users holding help desk access; conversation owners are drawn after `ownerHelpDeskAccessShare`. @default 0.7 */
  readonly userHelpDeskAccessShare: number;
  /** @default 'enterprise' */
  readonly tier: ServiceHubTier;
  /** @default true */
  readonly helpDeskBeta: boolean;
  /** @default true */
  readonly notificationsOn: boolean;
  /** Help desk SLAs configured (a default policy) or none. @default true */
  readonly slas: boolean;
  /**
   * The SLA schedule: `drawn` picks, from the seed, realistic targets and either 24/7 or one of the
   * example weekly operating hours (office hours, lunch breaks, weekend cover, several UTC offsets);
   * `24/7` and `operating-hours` (Monday to Friday 9-17 UTC) give the default targets. @default 'drawn'
   */
  readonly slaSchedule: 'drawn' | '24/7' | 'operating-hours';
  /** Pipeline statuses. @default the default help desk pipeline */
  readonly pipelineStatuses: readonly string[];
  /** Simulated instant where the inbox's history begins (ms since epoch). @default 2024-03-01T00:00:00Z */
  readonly start: number;
  /** Days of history; the world's clock is `start + spanDays` days. @default 60 */
  readonly spanDays: number;
  /** Names, subjects and bodies drawn from hostile strings (markup, RTL, emoji, control chars, CSV formulas, long). @default 0.02 */
  readonly hostileShare: number;
  /** Distinct names, subjects and bodies built with faker; values repeat beyond it. @default 2000 */
  readonly poolSize: number;
}

/** A help desk SLA policy used when `slas` is on. */
export const DEFAULT_SLA: SlaPolicy = {
  firstReplyMinutes: 60,
  nextReplyMinutes: 240,
  timeToCloseMinutes: 2880,
  schedule: 'operating-hours',
  operatingHours: DEFAULT_OPERATING_HOURS,
};

/** The defaults of every world knob. */
export const DEFAULT_KNOBS: WorldKnobs = {
  conversations: 1000,
  messagesPerConversation: { min: 1, max: 9 },
  channelMix: {
    'email-team': 2,
    'email-personal': 1,
    form: 2,
    'chatflow-live-chat': 1,
    'chatflow-bot': 1,
    'chatflow-whatsapp': 1,
    'chatflow-messenger': 1,
    calling: 1,
    'whatsapp-channel': 1,
    'messenger-channel': 1,
    custom: 1,
  },
  closedShare: 0.35,
  unassignedShare: 0.15,
  ownerHelpDeskAccessShare: 0.8,
  ticketShare: 0.3,
  severalTicketsShare: 0.05,
  changedChannelShare: 0.05,
  formContinuedOverEmailShare: 0.3,
  users: 25,
  superAdmins: 1,
  userHelpDeskAccessShare: 0.7,
  tier: 'enterprise',
  helpDeskBeta: true,
  notificationsOn: true,
  slas: true,
  slaSchedule: 'drawn',
  pipelineStatuses: ['New', 'Waiting on contact', 'Waiting on us', 'Closed'],
  start: Date.UTC(2024, 2, 1),
  spanDays: 60,
  hostileShare: 0.02,
  poolSize: 2000,
};
