/** What could not be mapped, by reason: a count and a few examples, never silently dropped. */
export interface Unmapped {
  readonly what: string;
  readonly reason: string;
  count: number;
  readonly examples: string[];
}

/** How many examples each "not mapped" line keeps. */
export const EXAMPLES_KEPT = 5;

/** The mapping report of one import: what the world holds, and everything left out or assumed. */
export interface MappingReport {
  readonly filesRead: number;
  readonly pagesRead: number;
  readonly filesNotRead: readonly { readonly file: string; readonly reason: string }[];
  readonly counts: {
    readonly threadsInExport: number;
    readonly conversations: number;
    readonly messages: number;
    readonly tickets: number;
    readonly users: number;
    readonly channels: number;
  };
  /** Conversations per channel kind of their current channel (`email (team)`, `chatflow (website-bot)` ...). */
  readonly perChannelKind: Readonly<Record<string, number>>;
  readonly channels: readonly {
    readonly id: string;
    readonly name: string;
    readonly kind: string;
    readonly conversations: number;
  }[];
  readonly perStatus: { readonly open: number; readonly closed: number };
  readonly tickets: {
    readonly conversationsWithTicket: number;
    readonly conversationsWithoutTicket: number;
    /** Conversations with more than one ticket (OPEN-5). */
    readonly conversationsWithSeveralTickets: number;
  };
  /** Users owning conversations or tickets who have no help desk access (ADV-1, HIST-2c). */
  readonly ownersWithoutAccess: { readonly count: number; readonly examples: readonly string[] };
  readonly notMapped: readonly Unmapped[];
  /** Each value the export does not carry, and where it came from. */
  readonly assumed: readonly string[];
}

/** Collects "not mapped" items by (what, reason), keeping a count and the first few examples. */
export class UnmappedLog {
  private readonly entries = new Map<string, Unmapped>();

  add(what: string, reason: string, example: string): void {
    const key = `${what}\u0000${reason}`;
    let entry = this.entries.get(key);
    if (entry === undefined) {
      entry = { what, reason, count: 0, examples: [] };
      this.entries.set(key, entry);
    }
    entry.count += 1;
    if (entry.examples.length < EXAMPLES_KEPT) entry.examples.push(example);
  }

  list(): Unmapped[] {
    return [...this.entries.values()];
  }
}

/** The report as text, for the console. */
export function renderMappingReport(report: MappingReport): string {
  const lines: string[] = [];
  const c = report.counts;
  lines.push(
    `Imported ${c.conversations} conversations (of ${c.threadsInExport} threads), ${c.messages} messages, ${c.tickets} tickets, ${c.users} users, ${c.channels} channels from ${report.filesRead} files (${report.pagesRead} pages).`,
  );
  lines.push('', 'Conversations per channel kind:');
  for (const [kind, count] of Object.entries(report.perChannelKind)) lines.push(`  ${kind}: ${count}`);
  lines.push('', 'Channels:');
  for (const channel of report.channels) {
    lines.push(
      `  ${channel.id} ${JSON.stringify(channel.name)} → ${channel.kind}: ${channel.conversations} conversations`,
    );
  }
  lines.push('', `Status: ${report.perStatus.open} open, ${report.perStatus.closed} closed`);
  const t = report.tickets;
  lines.push(
    `Tickets: ${t.conversationsWithTicket} conversations with a ticket (${t.conversationsWithSeveralTickets} with several, OPEN-5), ${t.conversationsWithoutTicket} without`,
  );
  const o = report.ownersWithoutAccess;
  lines.push(
    `Owners without help desk access: ${o.count}${o.examples.length > 0 ? ` (${o.examples.join(', ')})` : ''}`,
  );
  lines.push('', report.notMapped.length === 0 ? 'Not mapped: nothing' : 'Not mapped:');
  for (const entry of report.notMapped) {
    lines.push(`  ${entry.count} ${entry.what}: ${entry.reason} (e.g. ${entry.examples.join(', ')})`);
  }
  for (const file of report.filesNotRead) lines.push(`  file ${file.file} not read: ${file.reason}`);
  lines.push('', 'Assumed (not in the export):');
  for (const line of report.assumed) lines.push(`  ${line}`);
  return `${lines.join('\n')}\n`;
}
