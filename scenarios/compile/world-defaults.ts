import {
  DEFAULT_OPERATING_HOURS,
  DEFAULT_PIPELINE,
  WEEKDAYS,
  type OperatingHours,
  type Account,
  type Channel,
  type ChannelKind,
  type MessageKind,
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
  return {
    id: input?.id ?? 'account-1',
    name: input?.name ?? 'Scenario account',
    tier: input?.tier ?? 'pro',
    helpDeskBeta: input?.beta ?? true,
    notificationsOn: input?.notifications ?? true,
    sla: sla === 'none' ? null : sla === undefined || sla === 'default' ? DEFAULT_SLA : buildSla(sla),
    pipeline:
      input?.pipeline === undefined ? DEFAULT_PIPELINE : { id: 'help-desk', statuses: input.pipeline },
  };
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
  return {
    id: input.id,
    name: input.name ?? capitalise(input.id),
    email: input.email ?? `${input.id}@example.com`,
    superAdmin: input.superAdmin ?? false,
    helpDeskAccess: input.helpDeskAccess ?? true,
  };
}

const KIND_NAMES: Readonly<Record<ChannelKind, string>> = {
  email: 'Email',
  form: 'Form',
  chatflow: 'Chatflow',
  calling: 'Calling',
  'whatsapp-channel': 'WhatsApp',
  'messenger-channel': 'Messenger',
  custom: 'Custom channel',
};

/** The kind of message a channel carries, when a scenario does not say. */
export const MESSAGE_KIND_OF: Readonly<Record<ChannelKind, MessageKind>> = {
  email: 'email',
  form: 'form-submission',
  chatflow: 'chat',
  calling: 'call',
  'whatsapp-channel': 'message',
  'messenger-channel': 'message',
  custom: 'message',
};

function defaultAddress(id: string, kind: ChannelKind): string {
  if (kind === 'email') return `${id}@support.example.com`;
  if (kind === 'calling') return `tel:${id}`;
  return `https://example.com/${kind}/${id}`;
}

/** Fills in a channel: in the inbox, a website live chat for chatflows, a team address for email. */
export function buildChannel(input: ChannelInput): Channel {
  const name = input.name ?? `${KIND_NAMES[input.kind]} ${input.id}`;
  const settings = input.settings;
  return {
    id: input.id,
    name,
    kind: input.kind,
    ...(input.kind === 'chatflow' ? { surface: input.surface ?? 'website-live-chat' } : {}),
    ...(input.kind === 'email' ? { emailAddressKind: input.emailAddressKind ?? 'team' } : {}),
    address: input.address ?? defaultAddress(input.id, input.kind),
    location: input.location ?? 'inbox',
    settings: {
      signature: settings?.signature ?? `The ${name} team`,
      routing: {
        mode: settings?.routing?.mode ?? 'none',
        userIds: settings?.routing?.users ?? [],
      },
      automation: {
        autoReply: settings?.automation?.autoReply ?? false,
        rules: settings?.automation?.rules ?? [],
      },
      ticketCreation: {
        autoCreate: settings?.ticketCreation?.autoCreate ?? true,
        defaultStatus: settings?.ticketCreation?.defaultStatus ?? null,
      },
    },
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
