import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { InputError } from '../domain/index.ts';
import {
  channelAccountSchema,
  channelSchema,
  crmUserSchema,
  inboxSchema,
  messageSchema,
  ownerSchema,
  pageOf,
  pipelineSchema,
  settingsUserSchema,
  threadSchema,
  ticketSchema,
} from './api-schemas.ts';

/**
 * The resources of an export, in the order they are read: everything a thread refers to comes
 * before the threads, tickets after the threads that name them, messages last (the bulk).
 * A file belongs to the resource its name starts with: `threads.json`, `threads-0002.json`,
 * `messages-176347007.json` ... (docs/IMPORT.md has the recipe that writes them).
 */
export const RESOURCES = [
  { name: 'inboxes', endpoint: 'GET /conversations/v3/conversations/inboxes', item: inboxSchema },
  {
    name: 'channel-accounts',
    endpoint: 'GET /conversations/v3/conversations/channel-accounts',
    item: channelAccountSchema,
  },
  { name: 'channels', endpoint: 'GET /conversations/v3/conversations/channels', item: channelSchema },
  { name: 'owners', endpoint: 'GET /crm/v3/owners', item: ownerSchema },
  { name: 'settings-users', endpoint: 'GET /settings/v3/users/', item: settingsUserSchema },
  { name: 'users', endpoint: 'GET /crm/v3/objects/users', item: crmUserSchema },
  { name: 'pipelines', endpoint: 'GET /crm/v3/pipelines/tickets', item: pipelineSchema },
  {
    name: 'threads',
    endpoint: 'GET /conversations/v3/conversations/threads?association=TICKET',
    item: threadSchema,
  },
  { name: 'tickets', endpoint: 'GET /crm/v3/objects/tickets', item: ticketSchema },
  {
    name: 'messages',
    endpoint: 'GET /conversations/v3/conversations/threads/{threadId}/messages',
    item: messageSchema,
  },
] as const;

export type ResourceName = (typeof RESOURCES)[number]['name'];

/** Each resource's page schema (`{ results: [item], paging? }`). */
export const PAGE_SCHEMAS = Object.fromEntries(
  RESOURCES.map((r) => [r.name, pageOf(r.item) as z.ZodType]),
) as unknown as Readonly<Record<ResourceName, z.ZodType<{ results: unknown[] }>>>;

/** The item type of a resource's pages. */
export type ItemOf<K extends ResourceName> = z.output<
  Extract<(typeof RESOURCES)[number], { name: K }>['item']
>;

/** The export's files, grouped by resource (sorted by name within each), and the files not read. */
export interface ExportFiles {
  readonly byResource: ReadonlyMap<ResourceName, readonly string[]>;
  readonly notRead: readonly { readonly file: string; readonly reason: string }[];
}

/** Longest prefix first, so `channel-accounts` is not taken for `channels`, nor `settings-users` for `users`. */
const BY_PREFIX = [...RESOURCES].sort((a, b) => b.name.length - a.name.length);

export function listExportFiles(folder: string, shownFolder: string): ExportFiles {
  let names: string[];
  try {
    if (!statSync(folder).isDirectory()) {
      throw new InputError(
        'EXPORT_NOT_FOUND',
        shownFolder,
        null,
        'a folder of API responses (JSON files)',
        'a file',
      );
    }
    // `threads.json` before `threads-0002.json`: the page order the recipe writes them in.
    const key = (name: string): string => name.replace(/\.json$/, '');
    names = readdirSync(folder).sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(
      'EXPORT_NOT_FOUND',
      shownFolder,
      null,
      'a folder of API responses (JSON files)',
      'no such folder',
    );
  }
  const byResource = new Map<ResourceName, string[]>();
  const notRead: { file: string; reason: string }[] = [];
  for (const name of names) {
    const path = join(folder, name);
    if (!statSync(path).isFile()) continue;
    const resource = BY_PREFIX.find((r) => name.startsWith(r.name));
    if (!name.endsWith('.json')) notRead.push({ file: name, reason: 'not a .json file' });
    else if (resource === undefined)
      notRead.push({ file: name, reason: 'its name starts with no known resource' });
    else byResource.set(resource.name, [...(byResource.get(resource.name) ?? []), path]);
  }
  for (const required of ['channels', 'channel-accounts', 'threads'] as const) {
    if (!byResource.has(required)) {
      const endpoint = RESOURCES.find((r) => r.name === required)?.endpoint ?? '';
      throw new InputError(
        'EXPORT_INCOMPLETE',
        shownFolder,
        null,
        `a ${required}*.json file (${endpoint})`,
        'none',
      );
    }
  }
  return { byResource, notRead };
}
