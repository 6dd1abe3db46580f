"""The article's dated versions (docs/RULES.md, "The article changed over time") and the open
questions' policies, as this system understands them. Plain data, written from RULES.md."""

BASE = {
    "allowedTiers": ["pro", "enterprise"],
    "betaRequired": True,
    "movableKinds": ["email", "form", "chatflow"],
    "fallbackEmailMovable": True,
}

PROFILES = {
    "2024-01-29": {**BASE, "allowedTiers": ["pro"], "movableKinds": ["email", "form"]},
    "2024-04-12": BASE,
    "2024-09-26": {**BASE, "betaRequired": False},
    "2025-03-14": {
        **BASE,
        "betaRequired": False,
        "movableKinds": ["email", "form", "chatflow", "calling"],
    },
    "2025-05-28": {
        **BASE,
        "betaRequired": False,
        "movableKinds": ["email", "form", "chatflow", "calling"],
        "fallbackEmailMovable": False,
    },
}

DEFAULT_PROFILE = "2024-04-12"

# Every value of every OPEN-n policy; the first is the article's suggested default.
POLICY_VALUES = {
    "OPEN-1": ["keep-owner", "unassign"],
    "OPEN-2": ["stays", "moves"],
    "OPEN-3": ["at-processing", "at-move-start"],
    "OPEN-4": ["at-ticket-creation", "at-move-start"],
    "OPEN-5": ["all-move", "most-recent-moves"],
    "OPEN-6": ["resume", "off-until-complete"],
    "OPEN-7": ["own-start-date", "processing-time"],
    "OPEN-8": ["at-help-desk-entry", "at-create-date"],
    "OPEN-9": ["at-processing", "at-move-start"],
}

DEFAULT_POLICIES = {policy: values[0] for policy, values in POLICY_VALUES.items()}


def capabilities():
    """What this system implements: every profile and every policy value (see README.md)."""
    return {
        "profiles": list(PROFILES),
        "policies": {policy: list(values) for policy, values in POLICY_VALUES.items()},
        "testClock": True,
    }
