"""Refusals of start-move (docs/RULES.md ELIG-1..8, HIST-0), in the selected rule profile.

`refusal` answers the first rule the request breaks, as (rule ID, reason), or None. The order
only matters when several rules are broken, and then any of them may be named.
"""

# ELIG-8: where each movable kind is moved from.
ENTRY_POINTS = {
    "email": "inbox-settings",
    "form": "inbox-settings",
    "calling": "inbox-settings",
    "chatflow": "chatflows-list",
}


def refusal(world, profile, command):
    account = world.account
    actor = world.users[command["actorId"]]
    channel = world.channels[command["channelId"]]
    kind = channel["kind"]
    if account["tier"] not in profile["allowedTiers"]:
        tiers = " or ".join(profile["allowedTiers"])
        return "ELIG-1", f"moving a channel needs Service Hub {tiers}; this account is {account['tier']}"
    if profile["betaRequired"] and not account["helpDeskBeta"]:
        return "ELIG-2", "the account is not enrolled in the help desk workspace beta"
    if not actor["superAdmin"]:
        return "ELIG-3", f"only a Super Admin can start a move, and {actor['id']} is not one"
    if kind not in profile["movableKinds"]:
        return "ELIG-4", f"a {kind} channel cannot be moved to help desk in this version"
    if (
        kind == "email"
        and channel.get("emailAddressKind") == "fallback"
        and not profile["fallbackEmailMovable"]
    ):
        return "ELIG-4", "the fallback email address cannot be moved to help desk"
    if kind == "chatflow" and channel.get("surface") in ("whatsapp", "messenger"):
        return "ELIG-5", f"a chatflow on {channel['surface']} cannot be moved to help desk"
    if channel["location"] != "inbox":
        where = "is already moving" if channel["location"] == "moving" else "is already in help desk"
        return "ELIG-7", f"a move is one-way: this channel {where}"
    moving = [c for c in world.channels.values() if c["location"] == "moving"]
    if moving:
        return "ELIG-6", f"only one channel can move at a time, and {moving[0]['id']} is moving"
    expected = ENTRY_POINTS.get(kind)
    if expected is not None and command["entryPoint"] != expected:
        return "ELIG-8", f"a {kind} channel is moved from the {expected} page, not {command['entryPoint']}"
    history = command["history"]
    if history["kind"] == "all":
        statuses = account["pipeline"]["statuses"]
        for key in ("openStatus", "closedStatus"):
            status = history.get(key)
            if status is None or status not in statuses:
                which = "open" if key == "openStatus" else "closed"
                reason = f"moving all conversations needs a pipeline status for {which} ones, got {status!r}"
                return "HIST-0", reason
    return None
