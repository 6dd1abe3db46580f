import type { Conversation, Ticket } from '../domain/index.ts';
import { sameJson } from './canonical.ts';

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a === b || (a.length === b.length && a.every((value, i) => value === b[i]));
}

/**
 * The conversation fields that differ between two versions, messages aside (INV-2 judges those).
 * Field by field rather than JSON: it runs on up to a million conversations per trace.
 */
export function conversationChanges(a: Conversation, b: Conversation): readonly string[] {
  if (a === b) return [];
  const changed: string[] = [];
  if (a.subject !== b.subject) changed.push('subject');
  if (a.contactName !== b.contactName || a.contactEmail !== b.contactEmail) changed.push('contact');
  if (!sameList(a.channelHistory, b.channelHistory)) changed.push('channelHistory');
  if (a.startedAt !== b.startedAt) changed.push('startedAt');
  if (a.status !== b.status) changed.push('status');
  if (a.ownerId !== b.ownerId) changed.push('ownerId');
  if (a.location !== b.location) changed.push('location');
  return changed;
}

/** Whether `b`'s messages start with exactly `a`'s (same IDs, same order). */
export function keepsMessages(a: Conversation, b: Conversation): boolean {
  if (a.messages === b.messages) return true;
  if (b.messages.length < a.messages.length) return false;
  return a.messages.every((message, i) => b.messages[i]?.id === message.id);
}

/** The ticket fields that differ between two versions. */
export function ticketChanges(a: Ticket, b: Ticket): readonly string[] {
  if (a === b) return [];
  const fields = ['conversationId', 'subject', 'createdAt', 'status', 'ownerId', 'location'] as const;
  const changed: string[] = fields.filter((field) => a[field] !== b[field]);
  if (!sameJson(a.sla, b.sla)) changed.push('sla');
  return changed;
}
