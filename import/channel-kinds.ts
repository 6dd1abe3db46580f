import type { ChannelKind, ChatflowSurface, EmailAddressKind } from '../domain/index.ts';
import { CHANNEL_MIX_KINDS } from '../generators/index.ts';

/** A channel kind as the harness knows it, spelled as one word (`--kind <account>=<kind>`). */
export type ImportKind = (typeof CHANNEL_MIX_KINDS)[number] | 'email-fallback';
export const IMPORT_KINDS: readonly ImportKind[] = [...CHANNEL_MIX_KINDS, 'email-fallback'];

export interface KindShape {
  readonly kind: ChannelKind;
  readonly surface?: ChatflowSurface;
  readonly emailAddressKind?: EmailAddressKind;
}

export function shapeOf(kind: ImportKind): KindShape {
  switch (kind) {
    case 'email-team':
      return { kind: 'email', emailAddressKind: 'team' };
    case 'email-personal':
      return { kind: 'email', emailAddressKind: 'personal' };
    case 'email-fallback':
      return { kind: 'email', emailAddressKind: 'fallback' };
    case 'chatflow-live-chat':
      return { kind: 'chatflow', surface: 'website-live-chat' };
    case 'chatflow-bot':
      return { kind: 'chatflow', surface: 'website-bot' };
    case 'chatflow-whatsapp':
      return { kind: 'chatflow', surface: 'whatsapp' };
    case 'chatflow-messenger':
      return { kind: 'chatflow', surface: 'messenger' };
    case 'form':
    case 'calling':
    case 'whatsapp-channel':
    case 'messenger-channel':
    case 'custom':
      return { kind };
  }
}

/** `email (team)`, `chatflow (website-bot)`, `form`: how the report names a kind. */
export function kindLabel(shape: KindShape): string {
  const detail = shape.surface ?? shape.emailAddressKind;
  return detail === undefined ? shape.kind : `${shape.kind} (${detail})`;
}

/**
 * The channels the API documents by ID (the guide's examples: 1000 live chat, 1001 Facebook
 * Messenger, 1002 email). Other channels are recognised by the name `channels.json` gives them.
 */
const BY_ID: Readonly<Record<string, ImportKind>> = {
  '1000': 'chatflow-live-chat',
  '1001': 'messenger-channel',
  '1002': 'email-team',
};

/** Channel names (upper case, letters only) the harness has a kind for. */
const BY_NAME: Readonly<Record<string, ImportKind>> = {
  EMAIL: 'email-team',
  FORM: 'form',
  FORMS: 'form',
  LIVECHAT: 'chatflow-live-chat',
  CHAT: 'chatflow-live-chat',
  FBMESSENGER: 'messenger-channel',
  FACEBOOKMESSENGER: 'messenger-channel',
  MESSENGER: 'messenger-channel',
  WHATSAPP: 'whatsapp-channel',
  CALLING: 'calling',
  CALLS: 'calling',
};

/**
 * The default kind of a channel account of channel `channelId` named `channelName`, or why there
 * is none. What the API cannot tell (team or personal address, live chat or bot, a chatflow on
 * WhatsApp rather than the WhatsApp channel) is the kind's usual case, overridden per account.
 */
export function defaultKind(
  channelId: string,
  channelName: string | undefined,
  customChannels: readonly string[],
): ImportKind | { readonly reason: string } {
  if (customChannels.includes(channelId)) return 'custom';
  const byId = BY_ID[channelId];
  if (byId !== undefined) return byId;
  if (channelName === undefined) {
    return { reason: `channel ${channelId} is not in channels.json and is not a documented channel ID` };
  }
  const byName = BY_NAME[channelName.toUpperCase().replace(/[^A-Z]/g, '')];
  if (byName !== undefined) return byName;
  return {
    reason: `channel ${channelId} "${channelName}" has no kind in the harness (pass --custom-channel ${channelId} if it is a custom channel, or --kind <account>=<kind>)`,
  };
}
