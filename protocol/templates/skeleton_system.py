#!/usr/bin/env python3
"""A system under test for inbox-move-sim, in Python (standard library only): the adapter between
the harness and YOUR implementation of "move an inbox channel to the help desk". Scaffolded by
`inbox-move-sim init system --lang python`.

It speaks the harness's JSON-lines protocol (docs/PROTOCOL.md of inbox-move-sim) on stdin/stdout:
one request per line in, one answer per line out. Logs go to stderr (never to stdout).

Run the built-in suite against it (it fails until the TODOs are done, with clear failures):
  npx inbox-move-sim run --system exec:"python3 __DIR__/system.py"
"""
import json
import sys


class System:
    """One play: a fresh system built from the world `init` sends."""

    def __init__(self, world, options):
        # TODO: create a fresh instance of your system from `world` (and `options`: the OPEN-n
        # policies and the rule profile to behave by). Here: the world is only kept, never changed.
        self.world = world
        self.options = options
        self.events = []  # the append-only event log: {"seq", "at", "type", ...}

    def execute(self, command):
        # TODO: translate each command (start-move, conversation-arrives, advance, ...) into calls
        # of your system; answer accepted, refused (with the rule ID) or invalid.
        return {"status": "invalid", "reason": "TODO: implement " + command["type"]}

    def observe(self):
        # TODO: the banner, the move's progress and where each channel is, as your system shows them.
        return {
            "at": self.world["clock"],
            "banner": None,
            "notificationsOn": self.world["account"]["notificationsOn"],
            "move": None,
            "channelLocations": {c["id"]: c["location"] for c in self.world["channels"]},
        }


NAME = "my-python-system"
CAPABILITIES = {}  # e.g. {"profiles": ["2024-04-12"], "testClock": True}


def answer(system, request):
    """The result of one request, and the system for the next one."""
    op = request["op"]
    if op == "hello":
        return {"name": NAME, "capabilities": CAPABILITIES, "protocol": 1}, system
    if op == "init":
        return {"name": NAME, "capabilities": CAPABILITIES}, System(request["world"], request["options"])
    if system is None:
        raise ValueError(op + " before init")
    if op == "execute":
        before = len(system.events)
        result = system.execute(request["command"])
        return {"result": result, "events": system.events[before:]}, system
    if op == "world":
        return system.world, system
    if op == "observe":
        return system.observe(), system
    if op == "events-since":
        return system.events[request["seq"]:], system
    if op == "close":
        return None, None
    raise ValueError("unknown op " + repr(op))


def main():
    system = None
    for line in sys.stdin:
        if not line.strip():
            continue
        request = json.loads(line)
        try:
            result, system = answer(system, request)
            response = {"id": request["id"], "ok": True, "result": result}
        except Exception as error:  # an answer, not a crash: the harness reports it against this system
            response = {"id": request.get("id"), "ok": False, "error": str(error)}
        sys.stdout.write(json.dumps(response) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
