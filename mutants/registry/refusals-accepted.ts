// Known-bad systems that accept a start-move the article refuses (ELIG-1..8, HIST-0).
import { knownBad, type KnownBad } from './known-bad.ts';
import whatsappChatflowAccepted from '../whatsapp-chatflow-accepted.ts';
import messengerChatflowAccepted from '../messenger-chatflow-accepted.ts';
import secondMoveQueued from '../second-move-queued.ts';
import nonSuperAdminAccepted from '../non-super-admin-accepted.ts';
import starterTierAccepted from '../starter-tier-accepted.ts';
import betaNotChecked from '../beta-not-checked.ts';
import callingChannelAccepted from '../calling-channel-accepted.ts';
import anyEntryPointAccepted from '../any-entry-point-accepted.ts';
import statusOutsidePipelineAccepted from '../status-outside-pipeline-accepted.ts';

/** A start-move that must be refused, accepted. */
export const REFUSALS_ACCEPTED: readonly KnownBad[] = [
  knownBad(
    'whatsapp-chatflow-accepted',
    whatsappChatflowAccepted,
    'ELIG-5',
    'A WhatsApp chatflow is accepted and moved.',
  ),
  knownBad(
    'messenger-chatflow-accepted',
    messengerChatflowAccepted,
    'ELIG-5',
    'A Facebook Messenger chatflow is accepted and moved.',
  ),
  knownBad(
    'second-move-queued',
    secondMoveQueued,
    'ELIG-6',
    'A second move while one runs is accepted (queued) instead of refused.',
  ),
  knownBad(
    'non-super-admin-accepted',
    nonSuperAdminAccepted,
    'ELIG-3',
    'A user who is not a Super Admin can start a move.',
  ),
  knownBad(
    'starter-tier-accepted',
    starterTierAccepted,
    'ELIG-1',
    'A Service Hub Starter account can move a channel.',
  ),
  knownBad('beta-not-checked', betaNotChecked, 'ELIG-2', 'The help desk beta enrolment is never checked.'),
  knownBad(
    'calling-channel-accepted',
    callingChannelAccepted,
    'ELIG-4',
    'A calling channel is moved under the seed (12 Apr 2024) profile.',
  ),
  knownBad(
    'any-entry-point-accepted',
    anyEntryPointAccepted,
    'ELIG-8',
    'A move is accepted from either entry point, whatever the channel kind.',
  ),
  knownBad(
    'status-outside-pipeline-accepted',
    statusOutsidePipelineAccepted,
    'HIST-0',
    'A missing or unknown ticket status falls back to the first status instead of a refusal.',
  ),
];
