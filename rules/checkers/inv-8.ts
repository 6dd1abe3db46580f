import type { Command, FindingSubjects, Trace } from '../../domain/index.ts';
import type { CommandIndex } from '../_commands.ts';
import { commandIndex, conversationExistsAt } from '../_commands.ts';
import { brokenByStart, expectedRefusals } from '../_eligibility.ts';
import { count, Findings } from '../verdict.ts';
import { defineChecker } from '../define-checker.ts';

/** The commands a REFUSE rule can refuse (SEMANTICS.md): any other refusal refuses a valid request. */
const REFUSABLE: ReadonlySet<Command['type']> = new Set([
  'start-move',
  'cancel-move',
  'move-back',
  'move-history-later',
]);

/** The three answers a command can get (domain/system.ts, CommandResult). */
const ANSWERS: ReadonlySet<string> = new Set(['accepted', 'refused', 'invalid']);

/**
 * Whether every ID a command names exists just before step `step` (users and channels of the world
 * before; conversations of the world before or delivered earlier); undefined when it names none.
 * Read by field name, so commands added later (close, reopen, reassign) are covered too.
 */
function idsExist(ci: CommandIndex, command: Command, step: number): boolean | undefined {
  const fields = command as unknown as Readonly<Record<string, unknown>>;
  const { usersBefore, channelsBefore } = ci.ix;
  const checks: boolean[] = [];
  for (const key of ['actorId', 'userId', 'ownerId']) {
    const id = fields[key];
    if (typeof id === 'string') checks.push(usersBefore.has(id));
  }
  for (const key of ['channelId', 'toChannelId']) {
    const id = fields[key];
    if (typeof id === 'string') checks.push(channelsBefore.has(id));
  }
  if (typeof fields.conversationId === 'string') {
    checks.push(conversationExistsAt(ci, fields.conversationId, step));
  }
  if (command.type === 'conversation-arrives') {
    const history = command.conversation.channelHistory;
    const current = history[history.length - 1];
    checks.push(current !== undefined && channelsBefore.has(current));
  }
  return checks.length === 0 ? undefined : checks.every(Boolean);
}

function subjectsOf(command: Command, step: number): FindingSubjects {
  const fields = command as unknown as Readonly<Record<string, unknown>>;
  const pick = (...keys: string[]) =>
    keys.map((k) => fields[k]).filter((v): v is string => typeof v === 'string');
  const users = pick('actorId', 'userId');
  const channels = pick('channelId', 'toChannelId');
  const conversations = pick('conversationId');
  if (command.type === 'conversation-arrives') conversations.push(command.conversation.id);
  return {
    step,
    ...(users.length > 0 ? { users } : {}),
    ...(channels.length > 0 ? { channels } : {}),
    ...(conversations.length > 0 ? { conversations } : {}),
  };
}

/**
 * SEMANTICS.md, "Command results": a command naming an unknown user, channel or conversation makes
 * no sense in this world and is answered `invalid` — not accepted, and not refused in a rule's name.
 */
function mustBeInvalid(
  found: Findings,
  command: Command,
  status: string,
  answer: string,
  subjects: FindingSubjects,
): void {
  if (status === 'invalid') return;
  found.add(`${command.type} invalid: it names an ID this world does not know`, answer, subjects);
}

/**
 * The amount of time an `advance` (ms) or `run-until-idle` (maxMs) names, when it is not a finite
 * number ≥ 0: such a request makes no sense and is answered `invalid` (SEMANTICS.md, "Progress of a
 * move"). `undefined` for every other command and for valid amounts.
 */
function badAmount(command: Command): number | undefined {
  const amount =
    command.type === 'advance' ? command.ms : command.type === 'run-until-idle' ? command.maxMs : undefined;
  return amount === undefined || (Number.isFinite(amount) && amount >= 0) ? undefined : amount;
}

/** A cancel, move-back or history-later of a channel that is neither moving nor in help desk (invalid). */
function neverMovedRequest(trace: Trace, command: Command, step: number): boolean {
  const channelRequest =
    command.type === 'cancel-move' || command.type === 'move-back' || command.type === 'move-history-later';
  return channelRequest && expectedRefusals(trace, step, command) === undefined;
}

/**
 * INV-8: a request that breaks no rule is accepted, whatever rule ID a refusal names. Validity is
 * derived independently of the system's answer: a start-move from the world before and the channel
 * locations the commands imply (`brokenByStart`: tier, beta, Super Admin, kind and surface, fallback
 * email per profile, entry point, another move running, the channel's own location, history
 * statuses in the pipeline); a start-move that breaks none must be accepted. Any command whose IDs
 * all exist must not be answered `invalid` — except a cancel, move-back or history-later of a
 * channel never moved, which SEMANTICS.md makes invalid — and only start-move, cancel-move,
 * move-back and move-history-later can be refused at all. The converse is judged here too, since
 * it is the same line between valid and invalid: a command naming an unknown ID, or a request
 * about a channel never moved, or an `advance` / `run-until-idle` by a negative amount of time, is
 * answered `invalid` (not accepted, not refused).
 */
export const inv8 = defineChecker('INV-8', (trace) => {
  const ci = commandIndex(trace);
  const found = new Findings('INV-8');
  let checked = 0;
  for (const step of trace.steps) {
    const { command, result } = step;
    const exist = idsExist(ci, command, step.index);
    const subjects = subjectsOf(command, step.index);
    const answer =
      result.status === 'refused'
        ? `refused naming ${result.ruleId} ("${result.reason}")`
        : `${result.status}${result.status === 'invalid' ? ` ("${result.reason}")` : ''}`;
    if (command.type === 'start-move') {
      const broken = brokenByStart(ci.ix, step.index, command);
      if (broken === undefined) {
        mustBeInvalid(found, command, result.status, answer, subjects);
        continue;
      }
      checked += 1;
      if (broken.length === 0 && result.status !== 'accepted') {
        found.add('start-move accepted: it breaks no rule', answer, subjects);
      } else if (result.status === 'invalid') {
        found.add(
          `refused naming ${broken.join(' or ')}, not invalid: its user and channel exist`,
          answer,
          subjects,
        );
      }
      continue;
    }
    if (exist === false) {
      mustBeInvalid(found, command, result.status, answer, subjects);
      continue;
    }
    const amount = badAmount(command);
    if (amount !== undefined) {
      checked += 1;
      if (result.status !== 'invalid')
        found.add(`${command.type} invalid: it names ${String(amount)} ms`, answer, subjects);
      continue;
    }
    if (exist === true) checked += 1;
    if (exist === true && neverMovedRequest(trace, command, step.index) && result.status !== 'invalid') {
      checked += 1;
      found.add(`${command.type} invalid: its channel has not been moved`, answer, subjects);
    } else if (result.status === 'refused' && !REFUSABLE.has(command.type)) {
      found.add(`${command.type} accepted: no rule refuses it`, answer, subjects);
    } else if (result.status === 'invalid') {
      // exist is true or undefined here: a command naming no ID (advance, worker-crash,
      // set-notifications...) is never invalid either, its fields being schema-checked.
      if (neverMovedRequest(trace, command, step.index)) continue;
      const ids = exist === true ? 'every ID it names exists' : 'it names no ID';
      found.add(`${command.type} handled, not invalid: ${ids}`, answer, subjects);
    } else if (!ANSWERS.has(result.status)) {
      // Neither accepted, refused nor invalid (a malformed answer): the valid request was not accepted.
      found.add(`${command.type} answered accepted, refused or invalid`, answer, subjects);
    }
  }
  return found.verdict(
    checked,
    `${count(checked, 'requests')} naming existing IDs were judged; none valid was refused or answered invalid`,
    'no request named only existing IDs',
  );
});
