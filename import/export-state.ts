import type { MessageKind } from '../domain/index.ts';
import type {
  ApiChannelAccount,
  ApiCrmUser,
  ApiInbox,
  ApiMessage,
  ApiOwner,
  ApiPipeline,
  ApiSettingsUser,
  ApiThread,
  ApiTicket,
} from './api-schemas.ts';
import { UnmappedLog } from './mapping-report.ts';

/**
 * A message as read, already in the world's shape so that building the world fills it in place
 * rather than copying it: five million copies were the import's peak. Until then `channelId`
 * holds the API's channel account ID and `kind` is provisional (both need the thread's channels).
 */
export interface DraftMessage {
  readonly id: string;
  readonly at: number;
  channelId: string;
  kind: MessageKind;
  readonly author: 'contact' | 'agent';
  readonly body: string;
}

/** A thread as kept while its messages are read (the bulk of an export): only what the world uses. */
export interface ThreadRecord {
  readonly id: string;
  readonly inboxId: string;
  readonly open: boolean;
  readonly assignedTo: string | undefined;
  readonly originalAccountId: string;
  readonly createdAt: number;
  readonly messages: DraftMessage[];
  /** The earliest message with a subject, and the earliest incoming one with a sender (the contact). */
  subject: { at: number; text: string } | undefined;
  contact: { at: number; name: string; email: string } | undefined;
}

export interface TicketRecord {
  readonly id: string;
  readonly threadId: string | undefined;
  readonly subject: string;
  readonly createdAt: number | undefined;
  readonly pipeline: string | undefined;
  readonly stage: string | undefined;
  readonly ownerId: string | undefined;
}

/**
 * Everything read from an export so far. Resources arrive in the order of RESOURCES (threads
 * before tickets and messages), so each record can be joined to what it refers to as it comes.
 */
export class ExportState {
  readonly inboxes = new Map<string, ApiInbox['type']>();
  readonly channelNames = new Map<string, string>();
  readonly accounts: ApiChannelAccount[] = [];
  readonly owners: ApiOwner[] = [];
  readonly crmUsers: ApiCrmUser[] = [];
  readonly superAdmins = new Map<string, boolean>();
  readonly pipelines: ApiPipeline[] = [];
  readonly threads = new Map<string, ThreadRecord>();
  /** Threads of the export the world leaves out (archived, spam), so their messages are not "unknown". */
  readonly leftOut = new Set<string>();
  readonly ticketOfThread = new Map<string, string>();
  readonly tickets: TicketRecord[] = [];
  readonly unmapped = new UnmappedLog();
  threadsInExport = 0;
  /** Message texts kept as bodies (`--no-bodies` keeps none). */
  keepBodies = true;
  latest = Number.NEGATIVE_INFINITY;

  private seen(iso: string | undefined | null): number | undefined {
    if (iso === undefined || iso === null) return undefined;
    const at = Date.parse(iso);
    if (at > this.latest) this.latest = at;
    return at;
  }

  addInbox(inbox: ApiInbox): void {
    this.inboxes.set(inbox.id, inbox.type);
  }

  addChannel(id: string, name: string): void {
    this.channelNames.set(id, name);
  }

  addThread(thread: ApiThread): void {
    this.threadsInExport += 1;
    this.seen(thread.closedAt);
    this.seen(thread.latestMessageTimestamp);
    if (this.threads.has(thread.id) || this.leftOut.has(thread.id)) {
      this.unmapped.add('threads', 'listed more than once (kept the first)', thread.id);
      return;
    }
    if (thread.archived || thread.spam) {
      const why = thread.archived
        ? 'archived (deleted from the inbox; not part of a move)'
        : 'marked as spam (not part of a move)';
      this.unmapped.add('threads', why, thread.id);
      this.leftOut.add(thread.id);
      return;
    }
    const ticketId = thread.threadAssociations?.associatedTicketId;
    if (ticketId !== undefined) this.ticketOfThread.set(ticketId, thread.id);
    this.threads.set(thread.id, {
      id: thread.id,
      inboxId: thread.inboxId,
      open: thread.status === 'OPEN',
      assignedTo: thread.assignedTo,
      originalAccountId: thread.originalChannelAccountId,
      createdAt: this.seen(thread.createdAt) ?? 0,
      messages: [],
      subject: undefined,
      contact: undefined,
    });
  }

  addTicket(ticket: ApiTicket): void {
    const p = ticket.properties;
    const associated = Object.entries(ticket.associations ?? {})
      .filter(([type]) => /conversation|thread/i.test(type))
      .flatMap(([, list]) => list.results.map((result) => result.id));
    const threadId = this.ticketOfThread.get(ticket.id) ?? associated.find((id) => this.threads.has(id));
    this.tickets.push({
      id: ticket.id,
      threadId: threadId ?? associated[0],
      subject: p.subject ?? '',
      createdAt: this.seen(p.createdate ?? ticket.createdAt),
      pipeline: p.hs_pipeline ?? undefined,
      stage: p.hs_pipeline_stage ?? undefined,
      ownerId: p.hubspot_owner_id ?? undefined,
    });
  }

  addMessage(message: ApiMessage): void {
    const at = this.seen(message.createdAt) ?? 0;
    const thread = this.threads.get(message.conversationsThreadId);
    if (thread === undefined) {
      if (!this.leftOut.has(message.conversationsThreadId)) {
        this.unmapped.add('messages', 'their thread is not in threads*.json', message.id);
      }
      return;
    }
    if (message.type !== 'MESSAGE') {
      this.unmapped.add('thread items', `of type ${message.type} (not a conversation message)`, message.id);
      return;
    }
    if (message.channelAccountId === undefined) {
      this.unmapped.add('messages', 'no channel (no channelAccountId)', message.id);
      return;
    }
    const incoming = message.direction !== 'OUTGOING';
    thread.messages.push({
      id: message.id,
      at,
      channelId: message.channelAccountId,
      kind: 'email',
      author: incoming ? 'contact' : 'agent',
      body: this.keepBodies ? (message.text ?? '') : '',
    });
    if (message.subject !== undefined && (thread.subject === undefined || at < thread.subject.at)) {
      thread.subject = { at, text: message.subject };
    }
    const party = incoming ? message.senders?.[0] : message.recipients?.[0];
    if (party !== undefined && (thread.contact === undefined || (incoming && at < thread.contact.at))) {
      const email =
        party.deliveryIdentifier?.type === 'HS_EMAIL_ADDRESS' ? party.deliveryIdentifier.value : '';
      // An incoming message's sender is the contact; an agent's first recipient only until one is seen.
      thread.contact = { at: incoming ? at : Number.POSITIVE_INFINITY, name: party.name ?? '', email };
    }
  }

  addSettingsUser(user: ApiSettingsUser): void {
    if (user.superAdmin !== undefined) this.superAdmins.set(user.id, user.superAdmin);
  }
}
