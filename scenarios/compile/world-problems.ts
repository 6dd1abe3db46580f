import { WEEKDAYS, type WorldProblem } from '../../domain/index.ts';
import type { Issue, ScenarioErrorCode } from '../scenario-issue.ts';
import type { ScenarioInput } from '../schema/scenario-schema.ts';

type Path = readonly (string | number)[];

/** The entry of the file that wrote a stretch of the world's conversations and tickets. */
export interface SourceSpan {
  /** `conversations[i]` (one conversation) or `bulk[b]` (count of them). */
  readonly at: readonly ['conversations' | 'bulk', number];
  /** Where its conversations and tickets start in the world's lists (they run to the next span's). */
  readonly firstConversation: number;
  readonly firstTicket: number;
}

/**
 * The problems `validateWorld` finds in a compiled scenario, as issues at the place of the file
 * they came from: world `conversations[3].channelHistory[0]` is the file's `conversations[3].channel`
 * (or `.channels[0]`), `channels[i].settings.routing.userIds[j]` its `...routing.users[j]`, a
 * conversation of a `bulk:` entry that entry's field; a default the file left out is reported where
 * the file stops (the entry, or the list). A problem in a value the world inherited from another
 * (a ticket's owner, the conversation's) is the other's, reported once; so are the repeats of one
 * problem across a bulk entry's conversations.
 */
export function worldIssues(
  problems: readonly WorldProblem[],
  input: ScenarioInput,
  sources: readonly SourceSpan[],
): Issue[] {
  const seen = new Set<string>();
  const issues: Issue[] = [];
  for (const problem of problems) {
    const segments = parseWorldPath(problem.path);
    const path = fileLocation(segments, input, sources);
    if (path === null) continue;
    const code = codeOf(segments);
    const key = JSON.stringify([code, path, problem.expected]);
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push({ code, path, expected: problem.expected, found: problem.found });
  }
  return issues;
}

/** The problems of a world written verbatim under `found.world:` (a counterexample file), there. */
export function counterexampleIssues(problems: readonly WorldProblem[]): Issue[] {
  return problems.map((problem) => {
    const segments = parseWorldPath(problem.path);
    return {
      code: codeOf(segments),
      path: ['found', 'world', ...segments],
      expected: problem.expected,
      found: problem.found,
    };
  });
}

/** `conversations[3].messages[0].at` → ['conversations', 3, 'messages', 0, 'at']. */
export function parseWorldPath(path: string): (string | number)[] {
  return [...path.matchAll(/\[(\d+)\]|([^.[\]]+)/g)].map(([, index, key]) =>
    index === undefined ? (key ?? '') : Number(index),
  );
}

/** Fields whose problem is a reference to something that does not exist (or a status outside the pipeline). */
const REFERENCES = new Set(['ownerId', 'userIds', 'channelId', 'conversationId', 'status', 'defaultStatus']);

function codeOf(segments: Path): ScenarioErrorCode {
  const last = segments[segments.length - 1];
  const field = typeof last === 'number' ? segments[segments.length - 2] : last;
  if (field === 'id') return 'SCENARIO_DUPLICATE_ID';
  if (REFERENCES.has(String(field)) || (field === 'channelHistory' && typeof last === 'number'))
    return 'SCENARIO_REFERENCE';
  return 'SCENARIO_IMPOSSIBLE';
}

/** The file's path for a world path; null when the problem is another's, reported there. */
function fileLocation(segments: Path, input: ScenarioInput, sources: readonly SourceSpan[]): Path | null {
  const [list, index = 0, ...rest] = segments;
  switch (String(list)) {
    case 'account': // the pipeline's statuses are written `pipeline: [...]`, cut there
      return written(input, byWeekday(segments));
    case 'users': // no `users:` at all: the default user, never wrong
      return input.users === undefined ? ['users'] : written(input, segments);
    case 'channels':
      return written(
        input,
        segments.map((part) => (part === 'userIds' ? 'users' : part)),
      );
    case 'conversations':
      return conversationLocation(Number(index), rest, input, sources);
    case 'tickets':
      return ticketLocation(Number(index), rest, input, sources);
    default:
      return written(input, segments);
  }
}

/** Operating hours are written per weekday: `week[0][1]` is `mon[1]`. */
function byWeekday(segments: Path): Path {
  const at = segments.indexOf('week');
  const day = segments[at + 1];
  if (at === -1 || typeof day !== 'number') return segments;
  return [...segments.slice(0, at), WEEKDAYS[day] ?? day, ...segments.slice(at + 2)];
}

function conversationLocation(
  index: number,
  rest: Path,
  input: ScenarioInput,
  sources: readonly SourceSpan[],
): Path | null {
  const source = spanOf(sources, index, 'firstConversation');
  if (source === undefined) return ['conversations'];
  const [field, j, ...more] = rest;
  const at = source.at;
  if (at[0] === 'bulk') {
    // Its IDs are the prefix and a number, its history its channel, its owner one of `owners`.
    const owners = input.bulk?.[at[1]]?.owners;
    if (field === 'id' || (field === 'messages' && more[0] === 'id')) return [...at, 'idPrefix'];
    if (field === 'channelHistory') return [...at, 'channel'];
    if (field === 'ownerId' && owners !== undefined && owners.length > 0)
      return [...at, 'owners', (index - source.firstConversation) % owners.length];
    return at;
  }
  const raw = input.conversations?.[at[1]];
  switch (field) {
    case undefined: // a problem of the conversation as a whole is its ticket count (INV-3)
      return written(input, [...at, 'tickets']);
    case 'ownerId':
      return [...at, 'owner'];
    case 'channelHistory':
      if (typeof j !== 'number') return at;
      if (raw?.channels !== undefined) return written(input, [...at, 'channels', j]);
      return [...at, j === 0 ? 'channel' : 'continuedOverEmail'];
    case 'messages':
      return written(input, [
        ...at,
        'messages',
        j ?? 0,
        ...more.map((p) => (p === 'channelId' ? 'channel' : p)),
      ]);
    default:
      return written(input, [...at, ...rest]);
  }
}

function ticketLocation(
  index: number,
  rest: Path,
  input: ScenarioInput,
  sources: readonly SourceSpan[],
): Path | null {
  const source = spanOf(sources, index, 'firstTicket');
  const [field] = rest;
  if (source === undefined) return ['conversations'];
  const at = source.at;
  if (at[0] === 'bulk') return field === 'ownerId' ? null : field === 'id' ? [...at, 'idPrefix'] : at;
  const j = index - source.firstTicket;
  const tickets = input.conversations?.[at[1]]?.tickets;
  // A ticket written without an owner has its conversation's: a wrong one is reported there.
  if (field === 'ownerId' && !(Array.isArray(tickets) && tickets[j]?.owner !== undefined)) return null;
  const named = field === 'ownerId' ? 'owner' : field === 'conversationId' ? undefined : field;
  return written(input, named === undefined ? at : [...at, 'tickets', j, named]);
}

/** The span holding the `index`-th conversation (or ticket): the last that starts at or before it. */
function spanOf(
  sources: readonly SourceSpan[],
  index: number,
  first: 'firstConversation' | 'firstTicket',
): SourceSpan | undefined {
  let low = 0;
  let high = sources.length - 1;
  let found: SourceSpan | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const span = sources[middle] as SourceSpan;
    if (span[first] <= index) {
      found = span;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/** The longest start of `path` the file actually wrote: where a default took over, the error points. */
function written(input: ScenarioInput, path: Path): Path {
  let node: unknown = input;
  let length = 0;
  for (const part of path) {
    if (node === null || typeof node !== 'object') break;
    const next: unknown = (node as Record<string | number, unknown>)[part];
    if (next === undefined) break;
    node = next;
    length += 1;
  }
  return path.slice(0, length);
}
