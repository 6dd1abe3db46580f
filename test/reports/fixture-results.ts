// The four scenario results of the reporter tests' fixture run (fixtures.ts): every verdict status,
// failed expectations, advice, timelines and hostile strings in every text field.
import { DEFAULT_POLICIES } from '../../domain/policies.ts';
import { RULE_IDS } from '../../domain/rule-ids.ts';
import type { RuleId } from '../../domain/rule-ids.ts';
import type { ScenarioResult, TimelineEntry } from '../../domain/run-result.ts';
import type { Verdict } from '../../domain/verdict.ts';
import { HOSTILE, HOSTILE_ALL } from './catalogue-fixture.ts';
import { STEPS } from './steps-fixture.ts';

/** A verdict for every rule: `fallback` unless `given` says otherwise. */
function verdicts(given: Partial<Record<RuleId, Verdict>>, fallback: (id: RuleId) => Verdict): Verdict[] {
  return RULE_IDS.map((id) => given[id] ?? fallback(id));
}

const pass = (ruleId: RuleId, evidence = 'held on every step'): Verdict => ({
  ruleId,
  status: 'pass',
  evidence,
});
const unexercised = (ruleId: RuleId): Verdict => ({
  ruleId,
  status: 'not-exercised',
  why: 'the scenario never reached the situation',
});
const notApplicable = (ruleId: RuleId): Verdict => ({
  ruleId,
  status: 'not-applicable',
  why: 'not part of profile 2024-01-29',
});

const T0 = Date.UTC(2024, 3, 12, 9, 0, 0);
const MIN = 60_000;

function timeline(entries: readonly (readonly [number, TimelineEntry['kind'], string])[]): TimelineEntry[] {
  return entries.map(([minutes, kind, label]) => ({ at: T0 + minutes * MIN, kind, label }));
}

const BASE = {
  system: 'reference',
  options: { policies: DEFAULT_POLICIES, profile: '2024-04-12' },
  advice: [],
  stats: { conversations: 12, tickets: 9, commands: 8, events: 40, simulatedMs: 95 * MIN },
} as const satisfies Partial<ScenarioResult>;

export const eligibility: ScenarioResult = {
  ...BASE,
  scenario: {
    id: 'eligibility-refusals',
    title: 'Refusals before a move starts',
    file: 'scenarios/suite/eligibility.yaml',
    targets: ['ELIG-1', 'ELIG-3', 'ELIG-6'],
  },
  verdicts: verdicts(
    { 'ELIG-1': pass('ELIG-1', 'starter tier refused naming ELIG-1'), 'ELIG-3': pass('ELIG-3') },
    (id) => (id.startsWith('ELIG') || id.startsWith('INV') ? pass(id) : unexercised(id)),
  ),
  expectations: [
    { description: 'start-move is refused with ELIG-1', ok: true, expected: 'ELIG-1', actual: 'ELIG-1' },
  ],
  timeline: timeline([
    [0, 'command', 'start-move email-1 by u-agent'],
    [0, 'command-refused', 'start-move refused: ELIG-3 only a Super Admin can start a move'],
    [1, 'command', 'start-move email-1 by u-admin'],
    [1, 'command-refused', 'start-move refused: ELIG-1 tier starter'],
  ]),
  outcome: 'pass',
};

export const arrivals: ScenarioResult = {
  ...BASE,
  scenario: {
    id: 'arrivals-during-move',
    title: 'Conversations arriving while the email channel moves',
    file: 'scenarios/suite/arrivals.yaml',
    targets: ['MOVE-2', 'MOVE-3', 'INV-3'],
  },
  verdicts: verdicts(
    {
      'MOVE-2': {
        ruleId: 'MOVE-2',
        status: 'violated',
        count: 3,
        findings: [
          {
            expected: 'conversation c-7 in help desk after the move',
            actual: 'c-7 still in the inbox',
            subjects: { conversations: ['c-7'], channels: ['email-1'], step: 5 },
          },
          {
            expected: 'conversation c-8 in help desk after the move',
            actual: 'c-8 still in the inbox',
            subjects: { conversations: ['c-8'], step: 5 },
          },
        ],
      },
      'INV-3': {
        ruleId: 'INV-3',
        status: 'violated',
        count: 1,
        findings: [
          {
            expected: 'exactly one ticket for c-3',
            actual: 'tickets t-3 and t-13',
            subjects: { conversations: ['c-3'], tickets: ['t-3', 't-13'], step: 7 },
          },
        ],
      },
      'OPEN-1': notApplicable('OPEN-1'),
    },
    (id) => (id.startsWith('ELIG') || id.startsWith('OPEN') ? unexercised(id) : pass(id)),
  ),
  expectations: [
    { description: 'banner hidden after the move', ok: true, expected: 'hidden', actual: 'hidden' },
    { description: 'tickets in help desk', ok: false, expected: '12', actual: '13' },
  ],
  advice: [
    {
      ruleId: 'ADV-3',
      message: 'About 4 conversations will arrive while the move runs; start in low-volume hours.',
      figures: { expectedArrivals: 4, moveMinutes: 95 },
      subjects: { channels: ['email-1'] },
    },
    {
      ruleId: 'ADV-4',
      message: 'The move will send about 18 notifications; consider turning notifications off.',
      figures: { notifications: 18 },
      subjects: {},
    },
  ],
  timeline: timeline([
    [0, 'command', 'start-move email-1 (history: all)'],
    [0, 'move-started', 'email-1 moving'],
    [0, 'banner-shown', 'banner in inbox settings and inbox'],
    [10, 'ticket-created', 't-11 for c-1 (New)'],
    [10, 'notification-sent', 'ticket-created t-11 to the team'],
    [12, 'ticket-assigned', 't-11 to u-2'],
    [20, 'conversation-arrived', 'c-7 arrived in inbox'],
    [25, 'command-refused', 'cancel-move refused: MOVE-1'],
    [30, 'conversation-moved', 'c-3 to help desk'],
    [40, 'worker-crashed', 'worker down'],
    [55, 'worker-restarted', 'worker up'],
    [60, 'conversation-arrived', 'c-8 arrived in inbox'],
    [70, 'reply-added', 'reply on c-2 in help desk (t-12)'],
    [80, 'notifications-changed', 'notifications off'],
    [95, 'move-completed', 'email-1 in help desk: 10 conversations, 41 messages'],
    [95, 'banner-hidden', 'banner gone'],
  ]),
  outcome: 'fail',
  steps: STEPS,
};

export const hostile: ScenarioResult = {
  ...BASE,
  scenario: {
    id: `hostile-${HOSTILE.attr}`,
    title: `${HOSTILE.rtl} ${HOSTILE.emoji} ${HOSTILE.script}`,
    file: `scenarios/${HOSTILE.quote}.yaml`,
    targets: ['HIST-2a'],
  },
  verdicts: verdicts(
    {
      'HIST-2a': {
        ruleId: 'HIST-2a',
        status: 'violated',
        count: 40,
        findings: [
          { expected: HOSTILE_ALL, actual: HOSTILE.long, subjects: { tickets: [HOSTILE.script] } },
          { expected: HOSTILE.markdown, actual: HOSTILE.pwned, subjects: { users: [HOSTILE.rtl] } },
        ],
      },
      'HIST-2b': { ruleId: 'HIST-2b', status: 'not-exercised', why: HOSTILE.pwned },
      'HIST-2c': { ruleId: 'HIST-2c', status: 'pass', evidence: HOSTILE.control },
    },
    (id) => (id.startsWith('HIST') ? pass(id) : unexercised(id)),
  ),
  expectations: [
    { description: HOSTILE.pwned, ok: false, expected: HOSTILE.markdown, actual: HOSTILE.control },
  ],
  advice: [
    {
      ruleId: 'ADV-1',
      message: `3 users lack help desk access: ${HOSTILE_ALL}`,
      figures: { usersWithoutAccess: 3, unassignedTickets: 7 },
      subjects: { users: [HOSTILE.script] },
    },
  ],
  timeline: timeline([
    [0, 'command', `start-move ${HOSTILE.attr}`],
    [1, 'ticket-created', HOSTILE.pwned],
    [2, 'conversation-arrived', HOSTILE.rtl],
    [3, 'notification-sent', HOSTILE.control],
    [4, 'command-refused', HOSTILE.long],
  ]),
  outcome: 'fail',
};

export const oldProfile: ScenarioResult = {
  ...BASE,
  options: { ...BASE.options, profile: '2024-01-29' },
  scenario: {
    id: 'history-none-old-profile',
    title: 'History "none" under the January 2024 article',
    file: null,
    targets: ['HIST-5'],
  },
  verdicts: verdicts({}, (id) =>
    id.startsWith('ELIG-6') || id.startsWith('ELIG-7') || id.startsWith('ELIG-5')
      ? notApplicable(id)
      : id.startsWith('HIST-5') || id.startsWith('INV') || id.startsWith('MOVE')
        ? pass(id)
        : unexercised(id),
  ),
  expectations: [],
  timeline: [],
  outcome: 'pass',
};
