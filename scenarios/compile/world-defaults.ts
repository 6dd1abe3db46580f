import {
  build,
  DEFAULT_OPERATING_HOURS,
  WEEKDAYS,
  type OperatingHours,
  type Account,
  type Channel,
  type SlaPolicy,
  type User,
} from '../../domain/index.ts';
import type { AccountInput, ChannelInput, OperatingHoursInput, UserInput } from '../schema/world-schema.ts';

/** The SLA an account gets unless the scenario says `sla: none` (ADV-2, NEW-2, HIST-4). */
export const DEFAULT_SLA: SlaPolicy = {
  firstReplyMinutes: 60,
  nextReplyMinutes: 240,
  timeToCloseMinutes: 2_880,
  schedule: '24/7',
};

/** The user a scenario gets when it lists none: a Super Admin with help desk access. */
export const DEFAULT_USERS: readonly UserInput[] = [{ id: 'admin', name: 'Admin', superAdmin: true }];

/** Fills in the account: tier pro, beta on, notifications on, the default SLA and pipeline. */
export function buildAccount(input: AccountInput | undefined): Account {
  const sla = input?.sla;
  return build.account({
    id: input?.id ?? 'account-1',
    name: input?.name ?? 'Scenario account',
    tier: input?.tier,
    helpDeskBeta: input?.beta,
    notificationsOn: input?.notifications,
    sla: sla === 'none' ? null : sla === undefined || sla === 'default' ? DEFAULT_SLA : buildSla(sla),
    pipeline: input?.pipeline === undefined ? undefined : { id: 'help-desk', statuses: input.pipeline },
  });
}

type SlaInput = Exclude<NonNullable<AccountInput['sla']>, 'none' | 'default'>;

/**
 * An SLA written out: 24/7 unless the schedule (or given hours) says operating hours; operating
 * hours without hours are Monday to Friday, 9:00 to 17:00 UTC.
 */
function buildSla(input: SlaInput): SlaPolicy {
  const { operatingHours, schedule, ...targets } = input;
  const resolved = schedule ?? (operatingHours === undefined ? '24/7' : 'operating-hours');
  if (resolved === '24/7' && operatingHours === undefined) return { ...targets, schedule: resolved };
  const hours = operatingHours === undefined ? DEFAULT_OPERATING_HOURS : buildHours(operatingHours);
  // A 24/7 schedule with hours keeps them, so that validation names the contradiction.
  return { ...targets, schedule: resolved, operatingHours: hours };
}

function buildHours(input: OperatingHoursInput): OperatingHours {
  return {
    utcOffsetMinutes: input.utcOffsetMinutes ?? 0,
    week: WEEKDAYS.map((day) => (input[day] ?? []).map(parseInterval)),
  };
}

/** `09:00-17:30` → [540, 1050] (minutes of the local day). */
function parseInterval(text: string): readonly [number, number] {
  const [from = '', to = ''] = text.split('-');
  const minutes = (hhmm: string): number => {
    const [h = '0', m = '0'] = hhmm.split(':');
    return Number(h) * 60 + Number(m);
  };
  return [minutes(from), minutes(to)];
}

/** Fills in a user: not a Super Admin, with help desk access, named after its ID. */
export function buildUser(input: UserInput): User {
  return build.user(input.id, input);
}

/** Fills in a channel: in the inbox, a website live chat for chatflows, a team address for email. */
export function buildChannel(input: ChannelInput): Channel {
  const { id, kind, settings, ...parts } = input;
  const routing = settings?.routing;
  return build.channel(id, kind, {
    ...parts,
    settings: { ...settings, routing: { mode: routing?.mode, userIds: routing?.users } },
  });
}
