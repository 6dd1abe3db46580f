// One world validator: the scenario loader judges the world it compiled with the domain's
// validateWorld and reports each problem at the line of the file it came from. So a valid world
// written to a scenario file loads back without an issue, and a broken one gives the loader the
// same problems validateWorld finds, at the file's paths.
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { InputError, validateWorld, type World, type WorldProblem } from '../../domain/index.ts';
import { formatPath } from '../../domain/issue-words.ts';
import { generateWorld, worldArbitrary } from '../../generators/index.ts';
import { writeScenario } from '../../import/scenario-writer.ts';
import { parseScenario, ScenarioErrors } from '../../scenarios/index.ts';
import { parseWorldPath } from '../../scenarios/compile/world-problems.ts';

/** The world as a scenario file in the hand-written format (the import's writer). */
function scenarioText(world: World): string {
  let text = '';
  writeScenario(world, 'test', (part) => (text += part));
  return text;
}

/** The world verbatim under `found:`, as explore saves a counterexample. */
function counterexampleText(world: World): string {
  const found = { system: 'reference', seed: 1, path: '0', world, script: [] };
  return stringify({ id: 'found', title: 'Found', targets: ['INV-1'], found }, { lineWidth: 0 });
}

/** What the loader says of a file: path, expected and found of each error, and their lines. */
function loaderErrors(text: string): { path: string; expected: string; found: string; line: number }[] {
  try {
    parseScenario(text, 'world.yaml');
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const all = error instanceof ScenarioErrors ? error.errors : [error];
    return all.map((e) => {
      const [, line = '0', path = ''] = /^line (\d+), (.*)$/.exec(e.where ?? '') ?? [];
      return { path, expected: e.expected, found: e.found, line: Number(line) };
    });
  }
  return [];
}

const SAMPLE_WORLDS: World[] = [
  ...[1, 2, 3, 4, 5].map((seed) =>
    generateWorld(seed, { conversations: 30, ticketShare: 0.5, poolSize: 40 }),
  ),
  ...fc.sample(worldArbitrary({ maxConversations: 6 }), { seed: 15, numRuns: 40 }),
];

describe('one world validator for generated worlds and scenario files', () => {
  it('loads every sampled valid world back from a scenario file, and from a counterexample, without an issue', () => {
    for (const world of SAMPLE_WORLDS) {
      expect(validateWorld(world)).toEqual([]);
      const loaded = parseScenario(scenarioText(world), 'world.yaml');
      expect(validateWorld(loaded.world)).toEqual([]);
      expect(loaded.world.conversations).toEqual(world.conversations);
      expect(loaded.world.users).toEqual(world.users);
      expect(parseScenario(counterexampleText(world), 'found.yaml').world).toEqual(world);
    }
  });

  const base = generateWorld(7, { conversations: 12, ticketShare: 1, poolSize: 20, users: 4 });
  const [u0, u1] = base.users;
  const [c0, c1, c2] = base.conversations;
  if (!u0 || !u1 || !c0 || !c1 || !c2 || base.tickets.length < 2) throw new Error('fixture too small');
  /** A ticket of conversation c2, to give a status outside the pipeline. */
  const badTicket = base.tickets.findIndex((ticket) => ticket.conversationId === c2.id);
  const broken: World = {
    ...base,
    users: [...base.users, { ...u1, id: u0.id }],
    conversations: [
      { ...c0, ownerId: 'nobody' },
      { ...c1, channelHistory: [...c1.channelHistory, 'no-channel'] },
      { ...c2, messages: c2.messages.map((m, j) => (j === 0 ? { ...m, channelId: 'elsewhere' } : m)) },
      ...base.conversations.slice(3),
    ],
    tickets: base.tickets.map((t, k) => (k === badTicket ? { ...t, status: 'Bogus' } : t)),
  };
  const problems = validateWorld(broken);

  it('breaks the fixture in five places, which validateWorld names', () => {
    expect(problems.map((p) => p.path)).toEqual(
      expect.arrayContaining([
        `users[${base.users.length}].id`,
        'conversations[0].ownerId',
        'conversations[1].channelHistory[1]',
        'conversations[2].messages[0].channelId',
        `tickets[${badTicket}].status`,
      ]),
    );
  });

  it('gives the loader of a counterexample the same problems, at their lines under found.world', () => {
    const errors = loaderErrors(counterexampleText(broken));
    expect(errors.map(({ path, expected, found }) => ({ path, expected, found })).sort(byPath)).toEqual(
      problems.map((p) => ({ ...p, path: `found.world.${p.path}` })).sort(byPath),
    );
    for (const error of errors) expect(error.line).toBeGreaterThan(5);
  });

  it('gives the loader of a hand-written file the same problems, at the file’s own paths', () => {
    /** Where the writer put each world field: tickets in their conversation, renamed fields. */
    const inFile = (problem: WorldProblem): string => {
      const [list, index, ...rest] = parseWorldPath(problem.path);
      if (list !== 'tickets') return formatPath([list ?? '', index ?? 0, ...rest.map(renamed)]);
      const ticket = broken.tickets[Number(index)];
      if (ticket === undefined) throw new Error(`no ticket at ${problem.path}`);
      const i = broken.conversations.findIndex((c) => c.id === ticket.conversationId);
      const j = broken.tickets
        .slice(0, Number(index))
        .filter((t) => t.conversationId === ticket.conversationId);
      return formatPath(['conversations', i, 'tickets', j.length, ...rest.map(renamed)]);
    };
    const errors = loaderErrors(scenarioText(broken));
    expect(errors.map(({ path, expected, found }) => ({ path, expected, found })).sort(byPath)).toEqual(
      problems.map((p) => ({ ...p, path: inFile(p) })).sort(byPath),
    );
    // Like tsc: in the order of the file.
    expect(errors.map((e) => e.line)).toEqual(errors.map((e) => e.line).sort((a, b) => a - b));
  });
});

describe('the world’s problems at the lines of the file they came from', () => {
  const text = `id: paths
title: Paths
targets: [HIST-2]
account:
  sla:
    firstReplyMinutes: 10
    nextReplyMinutes: 10
    timeToCloseMinutes: 10
    operatingHours: { mon: ["09:00-12:00", "11:00-13:00"] }
users: [{ id: admin, superAdmin: true }]
channels:
  - { id: email-1, kind: email, settings: { routing: { users: [admin, bob] } } }
  - { id: form-1, kind: form }
  - { id: hd, kind: email, location: help-desk }
conversations:
  - { id: c1, channel: form-1, continuedOverEmail: email-9 }
  - { id: c2, channel: email-1, owner: carol, tickets: [{}, { owner: dave }] }
  - { id: c3, channel: hd, tickets: 2 }
bulk:
  - { channel: email-7, count: 50, owners: [admin, zed] }
  - { channel: email-1, count: 3, idPrefix: c }
`;

  it('maps renamed fields, defaults, inherited values and bulk entries back to what the file wrote', () => {
    expect(loaderErrors(text).map((e) => `${e.line} ${e.path}: ${e.found}`)).toEqual([
      '9 account.sla.operatingHours.mon[1]: [660, 780]',
      '12 channels[0].settings.routing.users[1]: "bob"',
      '16 conversations[0].continuedOverEmail: "email-9"',
      // Its first ticket has the conversation's owner: one error, at the owner.
      '17 conversations[1].owner: "carol"',
      '17 conversations[1].tickets[1].owner: "dave"',
      '18 conversations[2].tickets: 2 tickets',
      // Fifty conversations with the same two problems: each said once, at the bulk entry's field.
      '20 bulk[0].channel: "email-7"',
      '20 bulk[0].owners[1]: "zed"',
      '21 bulk[1].idPrefix: "c1" a second time',
      '21 bulk[1].idPrefix: "c1-m1" a second time',
    ]);
  });

  it('keeps the stable error codes of references and duplicates', () => {
    const codes = (source: string): string[] => {
      try {
        parseScenario(source, 'codes.yaml');
      } catch (error) {
        if (error instanceof ScenarioErrors) return error.errors.map((e) => e.code);
      }
      return [];
    };
    expect(new Set(codes(text))).toEqual(
      new Set(['SCENARIO_IMPOSSIBLE', 'SCENARIO_REFERENCE', 'SCENARIO_DUPLICATE_ID']),
    );
  });
});

const RENAMED: Readonly<Record<string, string>> = {
  ownerId: 'owner',
  channelHistory: 'channels',
  channelId: 'channel',
};
const renamed = (part: string | number): string | number =>
  typeof part === 'string' ? (RENAMED[part] ?? part) : part;
const byPath = (a: { path: string }, b: { path: string }): number => a.path.localeCompare(b.path);
