import { join } from 'node:path';
import type { Channel, Conversation, Message, World } from '../domain/index.ts';
import type { ImportKind } from './channel-kinds.ts';
import type { ImportOptions } from './import-options.ts';
import { FileSink } from './file-sink.ts';

const iso = (ms: number): string => new Date(ms).toISOString();

// The pieces of an API export that `write-export.ts` writes: message items and paged files.

/** How the export is cut: results per page, pages per file (a file then holds concatenated pages). */
export interface ExportLayout {
  readonly pageSize: number;
  readonly pagesPerFile: number;
}

export interface Ids {
  readonly accountOf: ReadonlyMap<string, string>;
  readonly typeOf: ReadonlyMap<string, string>;
  readonly userIdOf: ReadonlyMap<string, string>;
}

export function messageItem(
  c: Conversation,
  m: Message,
  threadId: string,
  { accountOf, typeOf, userIdOf }: Ids,
): unknown {
  const contact = {
    actorId: `V-${threadId}`,
    name: c.contactName,
    deliveryIdentifier: { type: 'HS_EMAIL_ADDRESS', value: c.contactEmail },
  };
  const agent = { actorId: c.ownerId === null ? 'S-hubspot' : `A-${userIdOf.get(c.ownerId)}` };
  const incoming = m.author === 'contact';
  return {
    id: m.id,
    type: 'MESSAGE',
    conversationsThreadId: threadId,
    createdAt: iso(m.at),
    updatedAt: iso(m.at),
    createdBy: incoming ? contact.actorId : agent.actorId,
    client: { clientType: incoming ? 'SYSTEM' : 'HUBSPOT' },
    senders: [incoming ? contact : agent],
    recipients: incoming ? [] : [contact],
    archived: false,
    text: m.body,
    subject: c.subject,
    attachments: [],
    truncationStatus: 'NOT_TRUNCATED',
    status: { statusType: incoming ? 'RECEIVED' : 'SENT' },
    direction: incoming ? 'INCOMING' : 'OUTGOING',
    channelId: typeOf.get(m.channelId),
    channelAccountId: accountOf.get(m.channelId),
  };
}

/** `<name>-0001.json` ...: pages of `pageSize` results chained by `paging.next.after`, `pagesPerFile` per file. */
export function writePaged(
  folder: string,
  name: string,
  items: Iterable<unknown>,
  layout: ExportLayout,
): void {
  let page: unknown[] = [];
  let pageIndex = 0;
  let sink: FileSink | undefined;
  const flush = (last: boolean): void => {
    if (pageIndex % layout.pagesPerFile === 0) {
      sink?.close();
      sink = new FileSink(
        join(folder, `${name}-${String(pageIndex / layout.pagesPerFile + 1).padStart(4, '0')}.json`),
      );
    }
    const paging = last
      ? {}
      : {
          paging: {
            next: {
              after: String((pageIndex + 1) * layout.pageSize),
              link: `?after=${(pageIndex + 1) * layout.pageSize}`,
            },
          },
        };
    sink?.write(`${JSON.stringify({ results: page, ...paging }, null, pageIndex === 0 ? 1 : undefined)}\n`);
    page = [];
    pageIndex += 1;
  };
  for (const item of items) {
    if (page.length === layout.pageSize) flush(false);
    page.push(item);
  }
  flush(true);
  sink?.close();
}

/** The `--kind` a channel needs because the export cannot say it (the import's default is another). */
function kindOverride(channel: Channel): ImportKind | undefined {
  if (channel.emailAddressKind === 'personal') return 'email-personal';
  if (channel.emailAddressKind === 'fallback') return 'email-fallback';
  if (channel.surface === 'website-bot') return 'chatflow-bot';
  if (channel.surface === 'whatsapp') return 'chatflow-whatsapp';
  if (channel.surface === 'messenger') return 'chatflow-messenger';
  return undefined;
}

/** The options an import of this export needs: what the export cannot say about its channels. */
export function overridesOf(
  world: World,
  accountOf: ReadonlyMap<string, string>,
  customChannelId: string,
): Pick<ImportOptions, 'kinds' | 'customChannels'> {
  const kinds: Record<string, ImportKind> = {};
  for (const channel of world.channels) {
    const kind = kindOverride(channel);
    if (kind !== undefined) kinds[accountOf.get(channel.id) ?? ''] = kind;
  }
  return { kinds, customChannels: [customChannelId] };
}
