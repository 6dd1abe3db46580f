"""SLA due times (docs/SEMANTICS.md "SLA due times"): 24/7, or operating hours only."""

MINUTE_MS = 60_000
DAY_MS = 24 * 60 * MINUTE_MS
# 1970-01-01 (day 0 of the epoch) was a Thursday: index 3 in a Monday-first week.
EPOCH_WEEKDAY = 3


def due_at(start, minutes, policy):
    """The earliest instant at which the SLA clock, started at `start`, has run `minutes`."""
    target = round(minutes * MINUTE_MS)
    if policy["schedule"] != "operating-hours":
        return start + target
    hours = policy["operatingHours"]
    offset = hours["utcOffsetMinutes"] * MINUTE_MS
    local = start + offset
    day = local // DAY_MS
    remaining = target
    # At least one open minute a week (validated by the harness): the loop ends within weeks.
    while True:
        midnight = day * DAY_MS
        for open_minute, close_minute in hours["week"][(day + EPOCH_WEEKDAY) % 7]:
            opens, closes = midnight + open_minute * MINUTE_MS, midnight + close_minute * MINUTE_MS
            if local >= closes:
                continue
            begin = max(local, opens)
            # A target ending exactly at closing time is due at closing time.
            if remaining <= closes - begin:
                return begin + remaining - offset
            remaining -= closes - begin
        day += 1


def sla_for(account, start):
    """The ticket's `sla` when the account has help desk SLAs, else None."""
    policy = account.get("sla")
    if policy is None:
        return None
    return {
        "firstReplyDueAt": due_at(start, policy["firstReplyMinutes"], policy),
        "nextReplyDueAt": due_at(start, policy["nextReplyMinutes"], policy),
        "closeDueAt": due_at(start, policy["timeToCloseMinutes"], policy),
    }
