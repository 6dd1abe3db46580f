import {
  DEFAULT_PIPELINE,
  type Account,
  type Channel,
  type ChannelKind,
  type MessageKind,
  type SlaPolicy,
  type User,
} from '../../domain/index.ts';
import type { AccountInput, ChannelInput, UserInput } from '../schema/world-schema.ts';

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
    sla:
      sla === 'none'
        ? null
        : sla === undefined || sla === 'default'
          ? DEFAULT_SLA
          : { ...sla, schedule: sla.schedule ?? '24/7' },
    pipeline:
      input?.pipeline === undefined ? DEFAULT_PIPELINE : { id: 'help-desk', statuses: input.pipeline },
  };
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
