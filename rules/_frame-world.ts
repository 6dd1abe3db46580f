import type { Account, Channel, ChannelLocation, User } from '../domain/index.ts';
import type { FrameTally } from './_frame-conversations.ts';
import type { FrameFindings } from './_frame-findings.ts';
import { ABSENT, fieldRef, show } from './_frame-findings.ts';
import type { FrameLicences } from './_frame-licences.ts';
import type { TraceIndex } from './trace-index.ts';
import { sameJson } from './canonical.ts';

const ACCOUNT_FIXED = ['id', 'name', 'tier', 'helpDeskBeta', 'sla', 'pipeline'] as const;
const USER_FIXED = ['name', 'email', 'superAdmin'] as const;
const CHANNEL_FIXED = ['name', 'kind', 'surface', 'emailAddressKind', 'address', 'settings'] as const;
const STAGE: Readonly<Record<ChannelLocation, number>> = { inbox: 0, moving: 1, 'help-desk': 2 };

/** Field equality: plain values by `===`, nested ones (settings, SLA, pipeline) by their JSON. */
function same(a: unknown, b: unknown): boolean {
  return a === b || (typeof a === 'object' && sameJson(a, b));
}

/** The account: only `set-notifications` changes anything of it (MOVE-7). */
function frameAccount(ix: TraceIndex, licences: FrameLicences, out: FrameFindings): void {
  const before = ix.trace.before.account;
  const after = ix.trace.after.account;
  if (before === after) return;
  const ref = (field: keyof Account) => fieldRef('account', '', field, (a) => a[field]);
  for (const field of ACCOUNT_FIXED) {
    if (!same(before[field], after[field]))
      out.add(ref(field), show(before[field]), show(after[field]), 'no rule or command changes it');
  }
  const on = licences.notificationsOn ?? before.notificationsOn;
  if (after.notificationsOn !== on) {
    const allowed = `only set-notifications changes it (${show(on)})`;
    out.add(ref('notificationsOn'), show(before.notificationsOn), show(after.notificationsOn), allowed);
  }
}

/** The clock: forward only, by no more than the script's advances and run-until-idle limits allow. */
function frameClock(ix: TraceIndex, licences: FrameLicences, out: FrameFindings): void {
  const before = ix.trace.before.clock;
  const after = ix.trace.after.clock;
  if (after >= before && after - before <= licences.clockBudget) return;
  const ref = fieldRef('clock', '', 'value', (w) => w.clock);
  const allowed = `time passes only by advance and run-until-idle (at most ${licences.clockBudget} ms here)`;
  out.add(ref, show(before), show(after), allowed);
}

function frameUsers(ix: TraceIndex, licences: FrameLicences, out: FrameFindings): number {
  const { before, after } = ix.trace;
  const seen = new Set<string>();
  for (const user of after.users) {
    if (seen.has(user.id)) continue;
    seen.add(user.id);
    const was = ix.usersBefore.get(user.id);
    const ref = (field: string, pick: (u: User) => unknown) => fieldRef('user', user.id, field, pick);
    if (was === undefined) {
      out.add(
        ref('existence', () => 'present'),
        ABSENT,
        'present',
        'no command adds a user',
      );
      continue;
    }
    if (was === user) continue;
    for (const field of USER_FIXED) {
      if (was[field] !== user[field])
        out.add(
          ref(field, (u) => u[field]),
          show(was[field]),
          show(user[field]),
          'no rule or command changes it',
        );
    }
    const access = licences.access.get(user.id) ?? was.helpDeskAccess;
    if (user.helpDeskAccess !== access) {
      const allowed = `only set-help-desk-access changes it (${show(access)})`;
      const pick = (u: User) => u.helpDeskAccess;
      out.add(ref('helpDeskAccess', pick), show(was.helpDeskAccess), show(user.helpDeskAccess), allowed);
    }
  }
  for (const user of before.users) {
    if (!seen.has(user.id))
      out.add(
        fieldRef('user', user.id, 'existence', () => 'present'),
        'present',
        ABSENT,
        'nothing may disappear',
      );
  }
  return seen.size;
}

function compareChannel(licences: FrameLicences, out: FrameFindings, was: Channel, channel: Channel): void {
  const ref = (field: string, pick: (c: Channel) => unknown) => fieldRef('channel', channel.id, field, pick);
  for (const field of CHANNEL_FIXED) {
    if (!same(was[field], channel[field])) {
      const allowed = 'a channel keeps its own settings and identity (SET-1, INV-4)';
      out.add(
        ref(field, (c) => c[field]),
        show(was[field]),
        show(channel[field]),
        allowed,
      );
    }
  }
  const forward = STAGE[channel.location] > STAGE[was.location];
  if (was.location !== channel.location && !(forward && licences.started.has(channel.id))) {
    const allowed = 'only an accepted start-move takes a channel forward (inbox → moving → help-desk)';
    out.add(
      ref('location', (c) => c.location),
      show(was.location),
      show(channel.location),
      allowed,
    );
  }
}

function frameChannels(ix: TraceIndex, licences: FrameLicences, out: FrameFindings): number {
  const { before, after } = ix.trace;
  const seen = new Set<string>();
  for (const channel of after.channels) {
    if (seen.has(channel.id)) continue;
    seen.add(channel.id);
    const was = ix.channelsBefore.get(channel.id);
    if (was === undefined) {
      const ref = fieldRef('channel', channel.id, 'existence', () => 'present');
      out.add(ref, ABSENT, 'present', 'no command adds a channel');
    } else if (was !== channel) compareChannel(licences, out, was, channel);
  }
  for (const channel of before.channels) {
    if (!seen.has(channel.id)) {
      const ref = fieldRef('channel', channel.id, 'existence', () => 'present');
      out.add(ref, 'present', ABSENT, 'nothing may disappear');
    }
  }
  return seen.size;
}

/** INV-7 for the account, the clock, the users and the channels (a handful of each). */
export function frameWorld(ix: TraceIndex, licences: FrameLicences, out: FrameFindings): FrameTally {
  frameAccount(ix, licences, out);
  frameClock(ix, licences, out);
  const users = frameUsers(ix, licences, out);
  const channels = frameChannels(ix, licences, out);
  return { entities: 2 + users + channels, changed: 0 };
}
