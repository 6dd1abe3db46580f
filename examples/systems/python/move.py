"""A running move: which conversations it takes, and how it progresses on the simulated clock.

Timing (our own model; docs/SEMANTICS.md only bounds it): the worker first spends SETUP_MS, then
one unit of work per conversation, CONVERSATION_MS plus MESSAGE_MS per message; each conversation
is processed at the instant its unit ends. More data never makes a move shorter (MOVE-5), and an
empty move still takes SETUP_MS. Time only passes in `advance` / `run-until-idle`.
"""

from mover import Terms, default_status, move_conversation

SETUP_MS = 500
CONVERSATION_MS = 30
MESSAGE_MS = 5


class Move:
    def __init__(self, system, command, at):
        world = system.world
        self.system = system
        self.channel_id = command["channelId"]
        self.history = command["history"]
        self.started_at = at
        self.cursor = at + SETUP_MS  # when the worker finished its last unit of work
        self.processed = set()
        self.conversations_moved = 0
        self.messages_moved = 0
        self.arrivals = set()  # arrived in the moving channel during the move (OPEN-7)
        # (conversation ID, available from): in processing order; re-checked when their turn comes.
        self.candidates = []
        self.next = 0
        # As they were when the move started, recorded lazily on the first change (OPEN-4, OPEN-9).
        self.access_at_start = {}
        self.state_at_start = {}
        # OPEN-6 off-until-complete: once off during the move, nothing is sent until it completes.
        self.notifications_were_off = not world.account["notificationsOn"]
        if self.history["kind"] == "all":
            for conversation in world.conversations.values():
                in_channel = conversation["channelHistory"][-1] == self.channel_id
                if conversation["location"] == "inbox" and in_channel:
                    self.candidates.append((conversation["id"], at))

    # --- what the move takes -----------------------------------------------------------------

    def enqueue_arrival(self, conversation_id, at):
        self.arrivals.add(conversation_id)
        self.candidates.append((conversation_id, at))

    def enqueue_changed_in(self, conversation_id, at):
        """OPEN-3 at-processing, history all: a conversation changed into the channel is moved too."""
        if self.history["kind"] == "all" and self.system.policies["OPEN-3"] == "at-processing":
            self.candidates.append((conversation_id, at))

    def qualifies(self, conversation_id):
        if conversation_id in self.processed:
            return False
        conversation = self.system.world.conversations[conversation_id]
        if conversation["location"] != "inbox":
            return False
        if self.system.policies["OPEN-3"] == "at-move-start":
            return True  # the set fixed at the start, plus arrivals
        return conversation["channelHistory"][-1] == self.channel_id

    def next_candidate(self):
        while self.next < len(self.candidates):
            candidate = self.candidates[self.next]
            if self.qualifies(candidate[0]):
                return candidate
            self.next += 1
        return None

    def pending(self):
        remaining = self.candidates[self.next :]
        return sum(1 for conversation_id, _ in remaining if self.qualifies(conversation_id))

    # --- progress --------------------------------------------------------------------------

    def run(self, step_start, target):
        """Works from the cursor up to `target`. Returns the completion instant, or None if still running."""
        while True:
            candidate = self.next_candidate()
            if candidate is None:
                done_at = max(self.cursor, step_start)
                return done_at if done_at <= target else None
            conversation_id, available = candidate
            conversation = self.system.world.conversations[conversation_id]
            cost = CONVERSATION_MS + MESSAGE_MS * len(conversation["messages"])
            finish = max(max(self.cursor, available) + cost, step_start)
            if finish > target:
                return None
            self.process(conversation_id, finish)
            self.cursor = finish
            self.next += 1

    def process(self, conversation_id, at):
        world, policies = self.system.world, self.system.policies
        conversation = world.conversations[conversation_id]
        status, owner_id = conversation["status"], conversation["ownerId"]
        if policies["OPEN-9"] == "at-move-start":
            status, owner_id = self.state_at_start.get(conversation_id, (status, owner_id))
        if self.history["kind"] == "all":
            ticket_status = self.history["openStatus"] if status == "open" else self.history["closedStatus"]
        else:
            ticket_status = default_status(world, self.channel_id)
        created_at = conversation["startedAt"]
        if conversation_id in self.arrivals and policies["OPEN-7"] == "processing-time":
            created_at = at
        terms = Terms(ticket_status, owner_id, created_at, self.access, self.notify())
        self.messages_moved += move_conversation(self.system, conversation_id, at, terms)
        self.processed.add(conversation_id)
        self.conversations_moved += 1

    def access(self, user_id):
        if self.system.policies["OPEN-4"] == "at-move-start" and user_id in self.access_at_start:
            return self.access_at_start[user_id]
        return self.system.world.has_access(user_id)

    def notify(self):
        if not self.system.world.account["notificationsOn"]:
            return False
        return not (self.system.policies["OPEN-6"] == "off-until-complete" and self.notifications_were_off)

    # --- what happens to the world meanwhile ---------------------------------------------------

    def before_access_change(self, user_id):
        self.access_at_start.setdefault(user_id, self.system.world.has_access(user_id))

    def before_conversation_change(self, conversation_id):
        conversation = self.system.world.conversations[conversation_id]
        self.state_at_start.setdefault(conversation_id, (conversation["status"], conversation["ownerId"]))

    def notifications_changed(self, on):
        if not on:
            self.notifications_were_off = True

    def restart(self, at):
        # The unit in flight at the crash is lost: the worker starts afresh from the restart.
        self.cursor = max(self.cursor, at)
