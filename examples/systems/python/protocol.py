"""The harness's JSON-lines protocol (docs/PROTOCOL.md), server side.

One JSON object per line: requests on stdin, responses on stdout, logs on stderr. Requests come
one at a time; `init` starts a play, `close` ends it, end of stdin ends the process (exit 0).
"""

import json
import sys
import traceback

from profiles import DEFAULT_POLICIES, DEFAULT_PROFILE, PROFILES, capabilities

PROTOCOL_VERSION = 1


class ProtocolError(Exception):
    """A request this process cannot answer: reported as an error response, never a crash."""


def serve(name, make_system, stdin=sys.stdin, stdout=sys.stdout):
    """Answers requests until end of input. `make_system(world, options)` builds a fresh system."""
    state = {"system": None}
    for line in stdin:
        if not line.strip():
            continue
        request_id = None
        try:
            request = json.loads(line)
            request_id = request.get("id") if isinstance(request, dict) else None
            if not isinstance(request, dict) or not isinstance(request_id, int):
                raise ProtocolError("a request is a JSON object with an integer id")
            response = {"id": request_id, "ok": True, "result": handle(name, make_system, state, request)}
        except Exception as error:  # the harness reports it as a system failure naming the op
            if not isinstance(error, ProtocolError):
                traceback.print_exc(file=sys.stderr)
            response = {"id": request_id, "ok": False, "error": f"{type(error).__name__}: {error}"}
        stdout.write(json.dumps(response, separators=(",", ":"), ensure_ascii=False) + "\n")
        stdout.flush()
    return 0


def handle(name, make_system, state, request):
    op = request.get("op")
    if op == "hello":
        return {"name": name, "capabilities": capabilities(), "protocol": PROTOCOL_VERSION}
    if op == "init":
        options = request.get("options") or {}
        profile = options.get("profile", DEFAULT_PROFILE)
        if profile not in PROFILES:
            raise ProtocolError(f"unknown profile {profile!r}")
        policies = {**DEFAULT_POLICIES, **(options.get("policies") or {})}
        state["system"] = make_system(request["world"], {"policies": policies, "profile": profile})
        return {"name": name, "capabilities": capabilities()}
    system = state["system"]
    if op == "close":
        state["system"] = None
        return None
    if system is None:
        raise ProtocolError(f"{op!r} before init (or after close)")
    if op == "execute":
        seq = len(system.log.events)
        result = system.execute(request["command"])
        return {"result": result, "events": system.log.since(seq)}
    if op == "world":
        return system.world.to_json()
    if op == "observe":
        return system.observe()
    if op == "events-since":
        return system.log.since(request.get("seq", 0))
    raise ProtocolError(f"unknown op {op!r}")
