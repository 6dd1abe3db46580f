"""The world as this system keeps it: JSON objects (dicts) indexed by ID, in their original order.

Objects handed out by `to_json` are never mutated afterwards: a change replaces the object
(`replace_*`), so a world returned earlier stays what it was (the harness keeps worlds per step).
"""


class World:
    def __init__(self, world):
        self.clock = world["clock"]
        self.account = world["account"]
        self.users = {user["id"]: user for user in world["users"]}
        self.channels = {channel["id"]: channel for channel in world["channels"]}
        # dicts keep insertion order: conversations and tickets are listed as they came.
        self.conversations = {c["id"]: c for c in world["conversations"]}
        self.tickets = {ticket["id"]: ticket for ticket in world["tickets"]}
        self.tickets_of = {}
        for ticket in self.tickets.values():
            self.tickets_of.setdefault(ticket["conversationId"], []).append(ticket["id"])
        self._minted = 0

    def to_json(self):
        return {
            "clock": self.clock,
            "account": self.account,
            "users": list(self.users.values()),
            "channels": list(self.channels.values()),
            "conversations": list(self.conversations.values()),
            "tickets": list(self.tickets.values()),
        }

    # --- reading -------------------------------------------------------------------------

    def has_access(self, user_id):
        user = self.users.get(user_id) if user_id is not None else None
        return user is not None and user["helpDeskAccess"]

    def tickets_of_conversation(self, conversation_id):
        return [self.tickets[t] for t in self.tickets_of.get(conversation_id, [])]

    def help_desk_ticket_of(self, conversation_id):
        """The conversation's ticket in help desk (the latest listed when several moved)."""
        found = None
        for ticket in self.tickets_of_conversation(conversation_id):
            if ticket["location"] == "help-desk":
                found = ticket["id"]
        return found

    # --- writing (replacing objects, never mutating them) ----------------------------------

    def replace_conversation(self, conversation_id, **fields):
        self.conversations[conversation_id] = {**self.conversations[conversation_id], **fields}

    def replace_ticket(self, ticket_id, **fields):
        self.tickets[ticket_id] = {**self.tickets[ticket_id], **fields}

    def replace_channel(self, channel_id, **fields):
        self.channels[channel_id] = {**self.channels[channel_id], **fields}

    def replace_user(self, user_id, **fields):
        self.users[user_id] = {**self.users[user_id], **fields}

    def set_notifications(self, on):
        self.account = {**self.account, "notificationsOn": on}

    def add_conversation(self, conversation):
        self.conversations[conversation["id"]] = conversation

    def add_ticket(self, ticket):
        self.tickets[ticket["id"]] = ticket
        self.tickets_of.setdefault(ticket["conversationId"], []).append(ticket["id"])

    def mint_ticket_id(self):
        """A ticket ID of our own, never one the world already uses (INV-5 renames minted IDs)."""
        while True:
            self._minted += 1
            candidate = f"py-ticket-{self._minted}"
            if candidate not in self.tickets:
                return candidate


class EventLog:
    """The append-only event log: `seq` from 0 without gaps, `at` in simulated milliseconds."""

    def __init__(self):
        self.events = []

    def append(self, at, body):
        event = {"seq": len(self.events), "at": at, **body}
        self.events.append(event)
        return event

    def since(self, seq):
        return self.events[seq:]
