/** Every channel kind RULES.md asks to generate. Only some can be moved (ELIG-4). */
export type ChannelKind = (typeof CHANNEL_KINDS)[number];
export const CHANNEL_KINDS = [
  'email',
  'form',
  'chatflow',
  'calling',
  'whatsapp-channel',
  'messenger-channel',
  'custom',
] as const;

/** Where a chatflow runs; WhatsApp and Messenger chatflows cannot be moved (ELIG-5). */
export type ChatflowSurface = (typeof CHATFLOW_SURFACES)[number];
export const CHATFLOW_SURFACES = ['website-live-chat', 'website-bot', 'whatsapp', 'messenger'] as const;

/** A connected email address is a team or a personal one; the fallback address is special (profile 2025-05-28). */
export type EmailAddressKind = 'team' | 'personal' | 'fallback';

/** Where a channel lives. A move is one-way: inbox → moving → help-desk (ELIG-7). */
export type ChannelLocation = 'inbox' | 'moving' | 'help-desk';

/** The channel's own settings, which must persist through a move unchanged (SET-1). */
export interface ChannelSettings {
  readonly signature: string;
  readonly routing: {
    readonly mode: 'none' | 'round-robin' | 'specific-users';
    readonly userIds: readonly string[];
  };
  readonly automation: { readonly autoReply: boolean; readonly rules: readonly string[] };
  readonly ticketCreation: { readonly autoCreate: boolean; readonly defaultStatus: string | null };
}

export interface Channel {
  readonly id: string;
  readonly name: string;
  readonly kind: ChannelKind;
  /** Set for chatflows only. */
  readonly surface?: ChatflowSurface;
  /** Set for email channels only. */
  readonly emailAddressKind?: EmailAddressKind;
  /** The address (email) or page (form, chatflow) the channel listens on. */
  readonly address: string;
  readonly settings: ChannelSettings;
  readonly location: ChannelLocation;
}
