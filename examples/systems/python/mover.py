"""Taking one conversation into help desk (docs/SEMANTICS.md "Processing a conversation"):
the conversation moves, its tickets move with it (HIST-1) or one is created (HIST-2), SLAs apply
(HIST-4, NEW-2) and notifications go out while they are on (MOVE-7)."""

from sla import sla_for


class Terms:
    """How a conversation is taken in: what its created ticket gets, and who counts as having access.

    status:     the created ticket's status (chosen open/closed status, or the channel's default)
    owner_id:   the conversation's owner as it counts (OPEN-9)
    created_at: the created ticket's create date (HIST-2a, OPEN-7)
    has_access: user ID -> bool, help desk access as it counts (OPEN-4)
    notify:     whether notifications go out (MOVE-7, OPEN-6)
    """

    def __init__(self, status, owner_id, created_at, has_access, notify):
        self.status = status
        self.owner_id = owner_id
        self.created_at = created_at
        self.has_access = has_access
        self.notify = notify


def default_status(world, channel_id):
    """A new conversation's ticket status: the channel's kept default (SET-1), else the first."""
    statuses = world.account["pipeline"]["statuses"]
    kept = world.channels[channel_id]["settings"]["ticketCreation"].get("defaultStatus")
    return kept if kept in statuses else statuses[0]


def move_conversation(system, conversation_id, at, terms):
    """Processes one conversation at instant `at`, as one unit of work. Returns its message count."""
    world, log, policies = system.world, system.log, system.policies
    conversation = world.conversations[conversation_id]
    channel_id = conversation["channelHistory"][-1]
    log.append(at, {"type": "conversation-moved", "conversationId": conversation_id, "channelId": channel_id})
    world.replace_conversation(conversation_id, location="help-desk")
    tickets = world.tickets_of_conversation(conversation_id)
    notifications = []
    if tickets:
        if policies["OPEN-5"] == "most-recent-moves" and len(tickets) > 1:
            latest = max(range(len(tickets)), key=lambda i: (tickets[i]["createdAt"], i))
            tickets = [tickets[latest]]
        for ticket in tickets:
            move_ticket(system, ticket, at, terms)
    else:
        notifications = create_ticket(system, conversation, at, terms, sla_start=None)
    emit_notifications(system, at, notifications, terms.notify)
    return len(conversation["messages"])


def move_ticket(system, ticket, at, terms):
    """HIST-1: the ticket moves as is, but for its SLA (HIST-4) and an owner without access (OPEN-1)."""
    world, log = system.world, system.log
    if ticket["location"] == "help-desk":
        return  # already in help desk: it keeps its due times
    moved = {"type": "ticket-moved", "ticketId": ticket["id"], "conversationId": ticket["conversationId"]}
    log.append(at, moved)
    start = ticket["createdAt"] if system.policies["OPEN-8"] == "at-create-date" else at
    fields = {"location": "help-desk"}
    if world.account.get("sla") is not None:
        fields["sla"] = sla_for(world.account, start)
    owner = ticket["ownerId"]
    unassign = system.policies["OPEN-1"] == "unassign" and owner is not None and not terms.has_access(owner)
    if unassign:
        fields["ownerId"] = None
    world.replace_ticket(ticket["id"], **fields)
    if unassign:
        log.append(at, {"type": "ticket-assigned", "ticketId": ticket["id"], "ownerId": None})


def create_ticket(system, conversation, at, terms, sla_start):
    """HIST-2 / NEW-1: a new help desk ticket for the conversation. Returns the notifications it owes.

    sla_start: the SLA clock's start, or None for OPEN-8's choice (processing instant or create date).
    """
    world, log = system.world, system.log
    owner = terms.owner_id if terms.owner_id is not None and terms.has_access(terms.owner_id) else None
    if sla_start is None:
        sla_start = terms.created_at if system.policies["OPEN-8"] == "at-create-date" else at
    ticket = {
        "id": world.mint_ticket_id(),
        "conversationId": conversation["id"],
        "subject": conversation["subject"],
        "createdAt": terms.created_at,
        "status": terms.status,
        "ownerId": owner,
        "location": "help-desk",
        "sla": sla_for(world.account, sla_start),
    }
    world.add_ticket(ticket)
    log.append(
        at,
        {
            "type": "ticket-created",
            "ticketId": ticket["id"],
            "conversationId": conversation["id"],
            "status": ticket["status"],
            "ownerId": owner,
            "createdAt": ticket["createdAt"],
        },
    )
    notifications = [("ticket-created", ticket["id"], None)]
    if owner is not None:
        log.append(at, {"type": "ticket-assigned", "ticketId": ticket["id"], "ownerId": owner})
        notifications.append(("ticket-assigned", ticket["id"], owner))
    return notifications


def emit_notifications(system, at, notifications, notify):
    if not notify:
        return
    for reason, ticket_id, recipient in notifications:
        sent = {"type": "notification-sent", "reason": reason, "ticketId": ticket_id, "recipientId": recipient}
        system.log.append(at, sent)
