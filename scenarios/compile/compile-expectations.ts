import type { RuleId, Script, World } from '../../domain/index.ts';
import { quoteShort } from '../../domain/issue-words.ts';
import type { Issue } from '../scenario-issue.ts';
import type { Expectation } from '../../harness/scenario.ts';
import type { ExpectInput } from '../schema/expect-schema.ts';
import { parseTime } from '../time-text.ts';

type Path = (string | number)[];

/** The expectations of `expect:`, their references checked against the world and the script. */
export function compileExpectations(
  input: ExpectInput | undefined,
  world: World,
  script: Script,
  start: number,
): { expectations: Expectation[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const expectations: Expectation[] = [];
  if (input === undefined) return { expectations, issues };
  const conversations = new Set(world.conversations.map((c) => c.id));
  for (const command of script)
    if (command.type === 'conversation-arrives') conversations.add(command.conversation.id);
  const known = {
    conversation: conversations,
    channel: new Set(world.channels.map((c) => c.id)),
    user: new Set(world.users.map((u) => u.id)),
    ticket: new Set(world.tickets.map((t) => t.id)),
    status: new Set(world.account.pipeline.statuses),
  };
  const ref = (what: keyof typeof known, id: string | null | undefined, path: Path): void => {
    if (id === null || id === undefined || known[what].has(id)) return;
    const some = [...known[what]].slice(0, 8).join(', ');
    issues.push({
      code: 'SCENARIO_REFERENCE',
      path,
      expected: `${what === 'status' ? 'a status of the pipeline' : `the ID of a ${what} of the scenario`} (${some})`,
      found: quoteShort(id),
    });
  };

  input.steps?.forEach((step, i) => {
    if (step.step > script.length)
      issues.push({
        code: 'SCENARIO_REFERENCE',
        path: ['expect', 'steps', i, 'step'],
        expected:
          script.length === 0
            ? 'a step of the script (it has none)'
            : `a step of the script (1 to ${script.length})`,
        found: String(step.step),
      });
    const status = step.refused !== undefined ? 'refused' : step.accepted === true ? 'accepted' : 'invalid';
    expectations.push({
      kind: 'step',
      step: step.step,
      status,
      ...(step.refused === undefined ? {} : { ruleId: step.refused }),
    });
  });
  for (const [key, value] of Object.entries(input.counts ?? {}) as [
    keyof NonNullable<ExpectInput['counts']>,
    number | undefined,
  ][]) {
    if (value !== undefined) expectations.push({ kind: 'count', key, value });
  }
  for (const [id, c] of Object.entries(input.conversations ?? {})) {
    ref('conversation', id, ['expect', 'conversations', id]);
    ref('channel', c.channel, ['expect', 'conversations', id, 'channel']);
    expectations.push({ kind: 'conversation', id, ...c });
  }
  input.tickets?.forEach((t, i) => {
    const at: Path = ['expect', 'tickets', i];
    ref('ticket', t.id, [...at, 'id']);
    ref('conversation', t.of, [...at, 'of']);
    ref('user', t.owner, [...at, 'owner']);
    ref('status', t.status, [...at, 'status']);
    expectations.push({
      kind: 'ticket',
      ...(t.id === undefined ? {} : { id: t.id }),
      ...(t.of === undefined ? {} : { of: t.of }),
      ...(t.status === undefined ? {} : { status: t.status }),
      ...(t.owner === undefined ? {} : { ownerId: t.owner }),
      ...(t.createdAt === undefined ? {} : { createdAt: parseTime(t.createdAt, start) ?? 0 }),
      ...(t.location === undefined ? {} : { location: t.location }),
      ...(t.sla === undefined ? {} : { sla: t.sla }),
    });
  });
  for (const [id, location] of Object.entries(input.channels ?? {})) {
    ref('channel', id, ['expect', 'channels', id]);
    expectations.push({ kind: 'channel', id, location });
  }
  for (const [ruleId, status] of Object.entries(input.verdicts ?? {})) {
    expectations.push({ kind: 'verdict', ruleId: ruleId as RuleId, status });
  }
  return { expectations, issues };
}
