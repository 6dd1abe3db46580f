import { z } from 'zod';

// The response shapes of the API, as far as the import reads them (public OpenAPI description of
// HubSpot's Conversations API v3 and CRM v3). Objects are loose: the API sends more fields than
// these, and a newer API version may add some; only what the mapping uses is checked.

/** An API ID: the API sends IDs as strings; the world keeps them (prefixed) as scenario IDs. */
const apiId = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.:@+-]*$/, {
  error: 'an ID of letters, digits and - _ . : @ +',
});

/** An ISO 8601 date-time, e.g. 2019-11-18T18:47:59.865Z. */
export const dateTime = z
  .string()
  .refine((text) => /^\d{4}-\d\d-\d\dT/.test(text) && !Number.isNaN(Date.parse(text)), {
    error: 'an ISO date-time such as 2019-11-18T18:47:59.865Z',
  });

/** `paging.next.after`, the cursor of the next page (absent on the last page). */
const paging = z.looseObject({ next: z.looseObject({ after: z.string() }).optional() }).optional();

/** Every list endpoint answers `{ results: [...], paging? }` (some with `total`). */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.looseObject({ results: z.array(item), paging, total: z.number().optional() });

export const inboxSchema = z.looseObject({
  id: apiId,
  name: z.string(),
  type: z.enum(['INBOX', 'HELP_DESK']),
  archived: z.boolean().optional(),
});

export const channelSchema = z.looseObject({ id: apiId, name: z.string() });

const deliveryIdentifier = z.looseObject({ type: z.string(), value: z.string() });

export const channelAccountSchema = z.looseObject({
  id: apiId,
  channelId: apiId,
  inboxId: apiId,
  name: z.string(),
  archived: z.boolean().optional(),
  deliveryIdentifier: deliveryIdentifier.optional(),
});

export const threadSchema = z.looseObject({
  id: apiId,
  inboxId: apiId,
  status: z.enum(['OPEN', 'CLOSED']),
  assignedTo: z.string().optional(),
  originalChannelId: apiId,
  originalChannelAccountId: apiId,
  createdAt: dateTime,
  closedAt: dateTime.optional(),
  latestMessageTimestamp: dateTime.optional(),
  archived: z.boolean(),
  spam: z.boolean(),
  threadAssociations: z.looseObject({ associatedTicketId: apiId.optional() }).optional(),
});

const party = z.looseObject({
  actorId: z.string().optional(),
  name: z.string().optional(),
  deliveryIdentifier: deliveryIdentifier.optional(),
});

/**
 * One item of a thread's message history. Only `type: MESSAGE` items are conversation messages;
 * comments, welcome messages, assignments, status and inbox changes are other types (counted).
 */
export const messageSchema = z.looseObject({
  id: apiId,
  type: z.string(),
  conversationsThreadId: apiId,
  createdAt: dateTime,
  direction: z.enum(['INCOMING', 'OUTGOING']).optional(),
  channelId: apiId.optional(),
  channelAccountId: apiId.optional(),
  senders: z.array(party).optional(),
  recipients: z.array(party).optional(),
  subject: z.string().optional(),
  text: z.string().optional(),
  archived: z.boolean().optional(),
});

/** `GET /crm/v3/owners`: an owner is a user who can own records; `userId` links it to actors `A-<userId>`. */
export const ownerSchema = z.looseObject({
  id: apiId,
  userId: z.number().int().optional(),
  email: z.string().optional(),
  firstName: z.string().optional(),
  lastName: z.string().optional(),
  archived: z.boolean().optional(),
});

/** `GET /crm/v3/objects/users?properties=hs_internal_user_id,hs_assigned_seats,...`: seats per user. */
export const crmUserSchema = z.looseObject({
  id: apiId,
  properties: z.looseObject({
    hs_internal_user_id: z.string().nullable().optional(),
    hs_email: z.string().nullable().optional(),
    hs_assigned_seats: z.string().nullable().optional(),
    hs_deactivated: z.string().nullable().optional(),
  }),
});

/** `GET /settings/v3/users/` (user provisioning): who is a Super Admin. */
export const settingsUserSchema = z.looseObject({
  id: apiId,
  email: z.string().optional(),
  superAdmin: z.boolean().optional(),
});

export const pipelineSchema = z.looseObject({
  id: apiId,
  label: z.string(),
  displayOrder: z.number().optional(),
  stages: z.array(z.looseObject({ id: apiId, label: z.string(), displayOrder: z.number().optional() })),
});

const associationList = z.looseObject({ results: z.array(z.looseObject({ id: z.string() })) });

/** `GET /crm/v3/objects/tickets?properties=subject,hs_pipeline,hs_pipeline_stage,hubspot_owner_id,createdate&associations=conversations`. */
export const ticketSchema = z.looseObject({
  id: apiId,
  createdAt: dateTime.optional(),
  archived: z.boolean().optional(),
  properties: z.looseObject({
    subject: z.string().nullable().optional(),
    hs_pipeline: z.string().nullable().optional(),
    hs_pipeline_stage: z.string().nullable().optional(),
    hubspot_owner_id: z.string().nullable().optional(),
    createdate: dateTime.nullable().optional(),
  }),
  associations: z.record(z.string(), associationList).optional(),
});

export type ApiInbox = z.output<typeof inboxSchema>;
export type ApiChannel = z.output<typeof channelSchema>;
export type ApiChannelAccount = z.output<typeof channelAccountSchema>;
export type ApiThread = z.output<typeof threadSchema>;
export type ApiMessage = z.output<typeof messageSchema>;
export type ApiOwner = z.output<typeof ownerSchema>;
export type ApiCrmUser = z.output<typeof crmUserSchema>;
export type ApiSettingsUser = z.output<typeof settingsUserSchema>;
export type ApiPipeline = z.output<typeof pipelineSchema>;
export type ApiTicket = z.output<typeof ticketSchema>;
