// Steps for the trace view of the fixture run: a move of email-1 with arrivals, a crash and a
// finding at steps 5 and 7 (as the fixture's verdicts name them), hostile text in every field.
import type { StepView } from '../../domain/run-result.ts';
import { HOSTILE } from './catalogue-fixture.ts';

const COMMANDS = [
  'u-admin starts moving email-1 from inbox-settings (history: all)',
  'clock advances 10 s',
  `conversation c-7 arrives in email-1 ${HOSTILE.script}`,
  'u-admin tries to cancel the move of email-1',
  'the move worker crashes',
  'conversation c-8 arrives in email-1',
  'the move worker restarts',
  `run until no move runs ${HOSTILE.attr}`,
  'notifications turned off',
] as const;

const MOVING = {
  channel: ['moving'],
  move: ['running', 'running.active'],
  workspace: ['moves', 'moves.moving', 'banner', 'banner.shown', 'notifications', 'notifications.on'],
  conversation: ['status', 'location', 'ticket', 'location.inbox', 'status.open', 'ticket.none'],
};

/** Nine steps, 10 simulated seconds apart; step 7 moved more objects than a step keeps. */
export const STEPS: readonly StepView[] = COMMANDS.map((command, index) => ({
  index,
  command,
  status: index === 3 ? 'refused' : 'accepted',
  result: index === 3 ? 'refused (MOVE-1): a move cannot be cancelled' : 'accepted',
  from: 1_700_000_000_000 + index * 10_000,
  at: 1_700_000_000_000 + (index + 1) * 10_000,
  events: {
    total: index === 7 ? 120 : 2,
    shown: [
      {
        at: 1_700_000_000_000 + index * 10_000,
        kind: 'conversation-moved',
        label: `c-${index} to help desk`,
      },
      {
        at: 1_700_000_000_000 + index * 10_000 + 5,
        kind: 'ticket-created',
        label: `t-${index} ${HOSTILE.pwned}`,
      },
    ],
  },
  changes:
    index === 8
      ? null
      : {
          total: index === 7 ? 45 : 2,
          shown: [
            {
              collection: 'conversations',
              id: `c-${index}`,
              change: 'changed',
              fields: [{ field: 'location', before: '"inbox"', after: '"help-desk"' }],
            },
            {
              collection: 'tickets',
              id: `t-${index} ${HOSTILE.quote}`,
              change: 'created',
              fields: [{ field: 'subject', before: '—', after: JSON.stringify(HOSTILE.rtl) }],
            },
          ],
        },
  observation: {
    banner: index < 7 ? 'email-1 in inbox-settings, inbox' : null,
    notificationsOn: index < 8,
    move:
      index < 7
        ? `email-1 ${index === 4 || index === 5 ? 'stalled' : 'running'}: ${index} processed, 9 pending`
        : null,
    channels: index < 7 ? 'email-1 moving' : 'email-1 help-desk',
  },
  states:
    index < 7
      ? {
          ...MOVING,
          move: index === 4 || index === 5 ? ['running', 'running.stalled'] : MOVING.move,
          migration: [index === 4 || index === 5 ? 'stalled' : 'running'],
        }
      : { channel: ['help-desk'], move: ['completed'], migration: ['completed'] },
}));
