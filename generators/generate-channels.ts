import { build } from '../domain/index.ts';
import type { Channel, ChannelKind, ChatflowSurface, EmailAddressKind, User } from '../domain/index.ts';
import type { Prng } from './prng.ts';
import { CHANNEL_MIX_KINDS, type ChannelMixKind, type WorldKnobs } from './world-knobs.ts';

/** How a channel of each mix kind looks: its kind, surface or email kind, name and address. */
export interface MixShape {
  readonly kind: ChannelKind;
  readonly label: string;
  readonly surface?: ChatflowSurface;
  readonly emailAddressKind?: EmailAddressKind;
  readonly address: (n: number) => string;
}

export const CHANNEL_SHAPES: Readonly<Record<ChannelMixKind, MixShape>> = {
  'email-team': {
    kind: 'email',
    label: 'Support inbox',
    emailAddressKind: 'team',
    address: (n) => `support${n}@acme.example.com`,
  },
  'email-personal': {
    kind: 'email',
    label: 'Personal email',
    emailAddressKind: 'personal',
    address: (n) => `agent${n}@acme.example.com`,
  },
  form: {
    kind: 'form',
    label: 'Contact form',
    address: (n) => `https://acme.example.com/forms/contact-${n}`,
  },
  'chatflow-live-chat': {
    kind: 'chatflow',
    label: 'Website live chat',
    surface: 'website-live-chat',
    address: (n) => `https://acme.example.com/#live-chat-${n}`,
  },
  'chatflow-bot': {
    kind: 'chatflow',
    label: 'Website bot',
    surface: 'website-bot',
    address: (n) => `https://acme.example.com/#bot-${n}`,
  },
  'chatflow-whatsapp': {
    kind: 'chatflow',
    label: 'WhatsApp chatflow',
    surface: 'whatsapp',
    address: (n) => `whatsapp:+1555010${n}`,
  },
  'chatflow-messenger': {
    kind: 'chatflow',
    label: 'Messenger chatflow',
    surface: 'messenger',
    address: (n) => `messenger:acme-page-${n}`,
  },
  calling: { kind: 'calling', label: 'Support line', address: (n) => `tel:+1555020${n}` },
  'whatsapp-channel': {
    kind: 'whatsapp-channel',
    label: 'WhatsApp',
    address: (n) => `whatsapp:+1555030${n}`,
  },
  'messenger-channel': {
    kind: 'messenger-channel',
    label: 'Facebook Messenger',
    address: (n) => `messenger:acme-${n}`,
  },
  custom: { kind: 'custom', label: 'Custom channel', address: (n) => `custom://acme/${n}` },
};

/** The `n`th channel of a mix kind, named and addressed after its shape, with these settings. */
export function shapedChannel(
  id: string,
  mix: ChannelMixKind,
  n: number,
  settings: build.SettingsParts,
): Channel {
  const shape = CHANNEL_SHAPES[mix];
  return build.channel(id, shape.kind, {
    name: `${shape.label} ${n}`,
    surface: shape.surface,
    emailAddressKind: shape.emailAddressKind,
    address: shape.address(n),
    settings,
  });
}

/** Channels after `channelMix`, in the order of CHANNEL_MIX_KINDS, with plausible settings. */
export function buildChannels(knobs: WorldKnobs, users: readonly User[], prng: Prng): Channel[] {
  const channels: Channel[] = [];
  for (const mixKind of CHANNEL_MIX_KINDS) {
    const label = CHANNEL_SHAPES[mixKind].label;
    for (let n = 1; n <= knobs.channelMix[mixKind]; n++) {
      const routed = users.length > 0 && prng.chance(0.5);
      const routingUserIds = routed ? [prng.pick(users).id] : [];
      // The draws in this order (the object's): every generated world depends on it.
      const settings: build.SettingsParts = {
        signature: `— The Acme support team (${label} ${n})`,
        routing: { mode: routed ? 'specific-users' : 'none', userIds: routingUserIds },
        automation: {
          autoReply: prng.chance(0.5),
          rules: prng.chance(0.3) ? ['tag-vip', 'escalate-refunds'] : [],
        },
        ticketCreation: {
          autoCreate: prng.chance(0.4),
          defaultStatus: prng.chance(0.5) ? (knobs.pipelineStatuses[0] ?? null) : null,
        },
      };
      channels.push(shapedChannel(`ch-${mixKind}-${n}`, mixKind, n, settings));
    }
  }
  return channels;
}
