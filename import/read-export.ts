import { basename, relative } from 'node:path';
import type { z } from 'zod';
import { InputError } from '../domain/index.ts';
import { listExportFiles, PAGE_SCHEMAS, RESOURCES, type ItemOf, type ResourceName } from './export-files.ts';
import { ExportState } from './export-state.ts';
import { readJsonPages } from './json-pages.ts';

export interface ReadFigures {
  readonly filesRead: number;
  readonly pagesRead: number;
  readonly filesNotRead: readonly { readonly file: string; readonly reason: string }[];
}

/**
 * Reads every file of an export folder, page by page, into an ExportState. A page that is not
 * the documented response shape stops the import with one InputError naming the file, the JSON
 * path (`$[page 2].results[7].status`) and what was expected (exit 2).
 */
export async function readExport(
  folder: string,
  cwd: string,
  keepBodies = true,
): Promise<{ state: ExportState; figures: ReadFigures }> {
  const shownFolder = relative(cwd, folder) || '.';
  const files = listExportFiles(folder, shownFolder);
  const state = new ExportState();
  state.keepBodies = keepBodies;
  let filesRead = 0;
  let pagesRead = 0;
  for (const resource of RESOURCES) {
    for (const path of files.byResource.get(resource.name) ?? []) {
      const shown = relative(cwd, path);
      filesRead += 1;
      for await (const page of readJsonPages(path, shown)) {
        pagesRead += 1;
        const parsed = PAGE_SCHEMAS[resource.name].safeParse(page.value);
        if (!parsed.success) throw schemaError(parsed.error, page.value, shown, page.index, resource.name);
        dispatch(state, resource.name, parsed.data.results);
      }
    }
  }
  return {
    state,
    figures: {
      filesRead,
      pagesRead,
      filesNotRead: files.notRead.map((f) => ({ ...f, file: basename(f.file) })),
    },
  };
}

/** Where the items of each resource go in the state; a mapped type, so no resource is left out. */
const ADD_ITEM: { readonly [K in ResourceName]: (state: ExportState, item: ItemOf<K>) => void } = {
  inboxes: (state, item) => state.addInbox(item),
  channels: (state, item) => state.addChannel(item.id, item.name),
  'channel-accounts': (state, item) => state.accounts.push(item),
  owners: (state, item) => state.owners.push(item),
  users: (state, item) => state.crmUsers.push(item),
  'settings-users': (state, item) => state.addSettingsUser(item),
  pipelines: (state, item) => state.pipelines.push(item),
  threads: (state, item) => state.addThread(item),
  tickets: (state, item) => state.addTicket(item),
  messages: (state, item) => state.addMessage(item),
};

function dispatch(state: ExportState, resource: ResourceName, results: readonly unknown[]): void {
  // Each page was checked against its resource's schema just before; the cast names that schema.
  const add = ADD_ITEM[resource] as (state: ExportState, item: unknown) => void;
  for (const item of results) add(state, item);
}

/** The first zod issue as `file: $[page n].results[i].field: expected ..., found ...`. */
function schemaError(
  error: z.ZodError,
  value: unknown,
  file: string,
  index: number,
  resource: ResourceName,
): InputError {
  const issue = error.issues[0];
  const path = issue?.path ?? [];
  const where = `$[page ${index + 1}]${path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('')}`;
  let found: unknown = value;
  for (const key of path) {
    found =
      found !== null && typeof found === 'object' ? (found as Record<PropertyKey, unknown>)[key] : undefined;
  }
  const endpoint = RESOURCES.find((r) => r.name === resource)?.endpoint ?? resource;
  const expected = `${describe(issue)} (a page of ${endpoint})`;
  const shown = found === undefined ? 'nothing' : (JSON.stringify(found) ?? typeof found).slice(0, 80);
  return new InputError('EXPORT_SCHEMA', file, where, expected, shown);
}

function describe(issue: z.core.$ZodIssue | undefined): string {
  if (issue === undefined) return 'the documented shape';
  if (issue.code === 'invalid_type') return `a value of type ${issue.expected}`;
  if (issue.code === 'invalid_value')
    return `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  return issue.message.replace(/^Invalid input: expected /, '');
}
