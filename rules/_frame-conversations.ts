import type { Conversation, Message } from '../domain/index.ts';
import type { FrameFindings } from './_frame-findings.ts';
import { ABSENT, fieldRef, show } from './_frame-findings.ts';
import type { ConversationCommands, FrameLicences } from './_frame-licences.ts';
import { lifecycleOutcome, mayEnterHelpDesk } from './_frame-licences.ts';
import type { TraceIndex } from './trace-index.ts';

/** What a comparison pass looked at, for the verdict's evidence. */
export interface FrameTally {
  entities: number;
  /** Entities that were not the very same object after, compared field by field. */
  changed: number;
}

const FIXED = ['subject', 'contactName', 'contactEmail', 'startedAt'] as const;
const MESSAGE_FIELDS = ['at', 'channelId', 'kind', 'author', 'body'] as const;

function convRef(id: string, field: string, pick: (c: Conversation) => unknown) {
  return fieldRef('conversation', id, field, pick);
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a === b || (a.length === b.length && a.every((value, i) => value === b[i]));
}

/** The messages licensed after: the ones before, then each reply the script sent that was not there yet. */
function licensedMessages(
  base: Conversation,
  commands: ConversationCommands | undefined,
): readonly Message[] {
  if (commands === undefined || commands.replies.length === 0) return base.messages;
  const known = new Set(base.messages.map((m) => m.id));
  return [...base.messages, ...commands.replies.filter((m) => !known.has(m.id))];
}

function compareMessages(
  out: FrameFindings,
  id: string,
  expected: readonly Message[],
  kept: number,
  after: readonly Message[],
): void {
  if (expected === after) return;
  const ids = (list: readonly Message[]) => list.map((m) => m.id);
  // A licensed reply not appended is INV-2's and HIST-3's to judge; here only what is there counts.
  const licensed = expected.filter((m, i) => i < kept || after.some((a) => a.id === m.id));
  if (!sameList(ids(licensed), ids(after))) {
    const ref = fieldRef('conversation', id, 'messages', (c) => ids(c.messages));
    const allowed = `only the replies the script sent may be appended (${show(ids(expected))})`;
    out.add(ref, show(ids(expected.slice(0, kept))), show(ids(after)), allowed);
    return;
  }
  for (let i = 0; i < after.length; i += 1) {
    const want = licensed[i];
    const got = after[i];
    if (want === undefined || got === undefined || want === got) continue;
    for (const field of MESSAGE_FIELDS) {
      if (want[field] === got[field]) continue;
      const ref = fieldRef(
        'conversation',
        id,
        `messages[${got.id}].${field}`,
        (c) => c.messages.find((m) => m.id === got.id)?.[field],
      );
      out.add(
        ref,
        show(want[field]),
        show(got[field]),
        'a message is kept as it was, or as the script sent it',
      );
    }
  }
}

/** Compares one conversation after with what it was (or arrived as) and what the script licensed. */
function compareConversation(
  out: FrameFindings,
  licences: FrameLicences,
  open2Moves: boolean,
  before: Conversation | undefined,
  base: Conversation,
  after: Conversation,
  commands: ConversationCommands | undefined,
): void {
  const id = after.id;
  // No closure is made per conversation (a million of them): only when a finding is added.
  const ref = convRef;
  for (const field of FIXED) {
    if (base[field] !== after[field])
      out.add(
        ref(id, field, (c) => c[field]),
        show(base[field]),
        show(after[field]),
        'no rule or command changes it',
      );
  }
  const lifecycle = commands?.lifecycle;
  const outcome =
    lifecycle === undefined || lifecycle.length === 0 ? base : lifecycleOutcome(base, lifecycle);
  const why = outcome === base ? 'no rule or command changes it' : 'as the lifecycle commands left it';
  // A command the system did not carry out is not a change: other rules judge what must happen.
  if (after.status !== base.status && after.status !== outcome.status)
    out.add(
      ref(id, 'status', (c) => c.status),
      show(base.status),
      show(after.status),
      `${why} (${outcome.status})`,
    );
  if (after.ownerId !== base.ownerId && after.ownerId !== outcome.ownerId) {
    const allowed = `${why} (${show(outcome.ownerId)})`;
    out.add(
      ref(id, 'ownerId', (c) => c.ownerId),
      show(base.ownerId),
      show(after.ownerId),
      allowed,
    );
  }
  const changes = commands?.channelChanges;
  const history =
    changes === undefined || changes.length === 0
      ? base.channelHistory
      : [...base.channelHistory, ...changes];
  if (
    !sameList(after.channelHistory, history.slice(0, after.channelHistory.length)) ||
    after.channelHistory.length < base.channelHistory.length
  ) {
    const allowed = `only change-channel appends to it (${show(history)})`;
    const pick = (c: Conversation) => c.channelHistory;
    out.add(ref(id, 'channelHistory', pick), show(base.channelHistory), show(after.channelHistory), allowed);
  }
  if (base.location !== after.location) {
    const entering = base.location === 'inbox' && after.location === 'help-desk';
    if (!entering || !mayEnterHelpDesk(licences, before, commands, open2Moves)) {
      const allowed = entering
        ? 'it goes to help desk only with a moved channel, a change into one, or a reply under OPEN-2 "moves"'
        : 'nothing takes a conversation back to the inbox';
      out.add(
        ref(id, 'location', (c) => c.location),
        show(base.location),
        show(after.location),
        allowed,
      );
    }
  }
  compareMessages(out, id, licensedMessages(base, commands), base.messages.length, after.messages);
}

/**
 * INV-7 for conversations, one pass over the world after in its order (the shared index finds the
 * one before by ID; copy-on-write worlds keep an untouched conversation the very same object, so
 * identity settles most of a million at once). Then, only if some ID before was not seen after,
 * a second pass names what disappeared.
 */
export function frameConversations(ix: TraceIndex, licences: FrameLicences, out: FrameFindings): FrameTally {
  const { trace } = ix;
  const open2Moves = trace.options.policies['OPEN-2'] === 'moves';
  const tally: FrameTally = { entities: 0, changed: 0 };
  let kept = 0;
  for (const after of trace.after.conversations) {
    // A second copy of an ID is INV-1's to judge; the frame compares the first.
    if (ix.convsAfter.get(after.id) !== after) continue;
    tally.entities += 1;
    const before = ix.convsBefore.get(after.id);
    if (before !== undefined) kept += 1;
    if (before === after) continue;
    tally.changed += 1;
    const commands = licences.byConversation.get(after.id);
    const arrival = before === undefined ? commands?.arrival : undefined;
    if (before === undefined && arrival === undefined) {
      const ref = fieldRef('conversation', after.id, 'existence', () => 'present');
      out.add(ref, ABSENT, 'present', 'a conversation is added only by conversation-arrives');
      continue;
    }
    // An arrival lands in the inbox unless a rule takes it to help desk; its own location is ignored.
    const base = before ?? { ...(arrival as Conversation), location: 'inbox' as const };
    compareConversation(out, licences, open2Moves, before, base, after, commands);
  }
  if (kept < ix.convsBefore.size) {
    for (const before of trace.before.conversations) {
      if (ix.convsAfter.has(before.id)) continue;
      const ref = fieldRef('conversation', before.id, 'existence', () => 'present');
      out.add(ref, 'present', ABSENT, 'nothing may disappear');
    }
  }
  return tally;
}
