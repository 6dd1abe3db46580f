"""Traffic and agents' actions (docs/SEMANTICS.md "Traffic", "Conversation lifecycle"):
conversation-arrives, reply-arrives, change-channel, close/reopen/reassign-conversation."""

from mover import Terms, create_ticket, default_status, emit_notifications, move_conversation

ACCEPTED = {"status": "accepted"}


def invalid(reason):
    return {"status": "invalid", "reason": reason}


def unknown_id(command, *pairs):
    """`invalid` naming the first ID this world does not know, else None.
    Each pair: what the ID names, the table it must be in, the command's field that holds it."""
    for kind, table, key in pairs:
        if command[key] not in table:
            return invalid(f"{command['type']}: unknown {kind} {command[key]!r}")
    return None


def help_desk_terms(system, conversation, channel_id):
    """How a conversation entering a channel already in help desk is taken in (NEW-1, NEW-2)."""
    world = system.world
    return Terms(
        default_status(world, channel_id),
        conversation["ownerId"],
        conversation["startedAt"],
        world.has_access,
        world.account["notificationsOn"],
    )


def conversation_arrives(system, command):
    world, log = system.world, system.log
    incoming = command["conversation"]
    if incoming["id"] in world.conversations:
        return ACCEPTED  # a redelivery changes nothing
    history = incoming.get("channelHistory") or []
    channel = world.channels.get(history[-1]) if history else None
    if channel is None:
        return invalid(f"conversation-arrives: {incoming['id']} has no known current channel")
    location = "help-desk" if channel["location"] == "help-desk" else "inbox"
    conversation = {**incoming, "location": location}
    at = world.clock
    world.add_conversation(conversation)
    log.append(
        at,
        {
            "type": "conversation-arrived",
            "conversationId": conversation["id"],
            "channelId": channel["id"],
            "location": location,
        },
    )
    if location == "help-desk":
        # NEW-1: a ticket in the same step; NEW-2: its SLA clocks start now.
        terms = help_desk_terms(system, conversation, channel["id"])
        owed = create_ticket(system, conversation, at, terms, sla_start=at)
        emit_notifications(system, at, owed, terms.notify)
    elif system.move is not None and system.move.channel_id == channel["id"]:
        system.move.enqueue_arrival(conversation["id"], at)  # MOVE-2
    return ACCEPTED


def reply_arrives(system, command):
    world, log = system.world, system.log
    if answer := unknown_id(command, ("conversation", world.conversations, "conversationId")):
        return answer
    conversation = world.conversations[command["conversationId"]]
    message = command["message"]
    if any(existing["id"] == message["id"] for existing in conversation["messages"]):
        return ACCEPTED  # a redelivered message changes nothing
    at = world.clock
    channel_id = conversation["channelHistory"][-1]
    if (
        conversation["location"] == "inbox"
        and world.channels[channel_id]["location"] == "help-desk"
        and system.policies["OPEN-2"] == "moves"
    ):
        move_conversation(system, conversation["id"], at, help_desk_terms(system, conversation, channel_id))
    conversation = world.conversations[conversation["id"]]
    world.replace_conversation(conversation["id"], messages=[*conversation["messages"], message])
    in_help_desk = conversation["location"] == "help-desk"
    log.append(
        at,
        {
            "type": "reply-added",
            "conversationId": conversation["id"],
            "messageId": message["id"],
            "location": conversation["location"],
            "ticketId": world.help_desk_ticket_of(conversation["id"]) if in_help_desk else None,
        },
    )
    return ACCEPTED


def change_channel(system, command):
    world, log = system.world, system.log
    if answer := unknown_id(
        command,
        ("conversation", world.conversations, "conversationId"),
        ("channel", world.channels, "toChannelId"),
    ):
        return answer
    conversation = world.conversations[command["conversationId"]]
    channel = world.channels[command["toChannelId"]]
    at = world.clock
    from_channel = conversation["channelHistory"][-1]
    history = [*conversation["channelHistory"], channel["id"]]
    world.replace_conversation(conversation["id"], channelHistory=history)
    log.append(
        at,
        {
            "type": "channel-changed",
            "conversationId": conversation["id"],
            "fromChannelId": from_channel,
            "toChannelId": channel["id"],
        },
    )
    if conversation["location"] != "inbox":
        return ACCEPTED
    if channel["location"] == "help-desk":
        changed = world.conversations[conversation["id"]]
        move_conversation(system, changed["id"], at, help_desk_terms(system, changed, channel["id"]))
    elif system.move is not None and system.move.channel_id == channel["id"]:
        system.move.enqueue_changed_in(conversation["id"], at)
    return ACCEPTED


def lifecycle(system, command):
    """close / reopen / reassign: the conversation only; tickets are never rewritten."""
    world = system.world
    if answer := unknown_id(command, ("conversation", world.conversations, "conversationId")):
        return answer
    conversation = world.conversations[command["conversationId"]]
    kind = command["type"]
    if kind == "reassign-conversation":
        owner = command["ownerId"]
        if owner is not None and owner not in world.users:
            return invalid(f"reassign-conversation: unknown user {owner!r}")
        if owner == conversation["ownerId"]:
            return ACCEPTED
        change = {"ownerId": owner}
        event = {
            "type": "conversation-reassigned",
            "conversationId": conversation["id"],
            "fromOwnerId": conversation["ownerId"],
            "ownerId": owner,
        }
    else:
        status = "closed" if kind == "close-conversation" else "open"
        if status == conversation["status"]:
            return ACCEPTED  # the agent's intent already holds: accepted, nothing changes
        change = {"status": status}
        closed = "conversation-closed" if status == "closed" else "conversation-reopened"
        event = {"type": closed, "conversationId": conversation["id"]}
    if system.move is not None:
        system.move.before_conversation_change(conversation["id"])
    world.replace_conversation(conversation["id"], **change)
    system.log.append(world.clock, event)
    return ACCEPTED
