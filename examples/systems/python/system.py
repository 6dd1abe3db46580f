#!/usr/bin/env python3
"""An independent implementation of "move an inbox channel to the help desk", in standard-library
Python, speaking the harness's JSON-lines protocol on stdin/stdout (see README.md).

    python3 system.py                          # the system
    python3 system.py --bug skip-closed-history # a deliberately broken variant (HIST-9)
"""

import argparse
import sys

# No __pycache__ beside the sources: running the example leaves the repository as it was.
sys.dont_write_bytecode = True

from eligibility import refusal  # noqa: E402 (after the line above on purpose)
from move import Move
from profiles import PROFILES
from protocol import serve
from traffic import ACCEPTED, change_channel, conversation_arrives, invalid, lifecycle, reply_arrives, unknown_id
from world import EventLog, World

DAY_MS = 24 * 3_600_000
BANNER_PLACES = ["inbox-settings", "inbox"]
RUN_UNTIL_IDLE_DEFAULT_MS = 30 * DAY_MS

# Every command of domain/commands.ts; each is handled by the method `_<type with underscores>`.
COMMAND_TYPES = frozenset(
    [
        "start-move", "conversation-arrives", "reply-arrives", "change-channel", "set-help-desk-access",
        "set-notifications", "advance", "run-until-idle", "leave-progress-page", "cancel-move", "move-back",
        "move-history-later", "worker-crash", "worker-restart", "close-conversation", "reopen-conversation",
        "reassign-conversation",
    ]
)

# Deliberately broken variants, each caught by the harness under the rule named.
BUGS = {
    # With history "all", closed conversations are skipped and stay in the inbox: HIST-9.
    "skip-closed-history": "HIST-9",
}


class System:
    def __init__(self, world, options, bug=None):
        self.world = World(world)
        self.log = EventLog()
        self.policies = options["policies"]
        self.profile = PROFILES[options["profile"]]
        self.bug = bug
        self.move = None
        self.worker_up = True

    # --- the seam ------------------------------------------------------------------------------

    def execute(self, command):
        if command.get("type") not in COMMAND_TYPES:
            raise ValueError(f"unknown command type {command.get('type')!r}")
        return getattr(self, "_" + command["type"].replace("-", "_"))(command)

    def observe(self):
        world, move = self.world, self.move
        return {
            "at": world.clock,
            "banner": None if move is None else {"channelId": move.channel_id, "places": BANNER_PLACES},
            "notificationsOn": world.account["notificationsOn"],
            "move": None
            if move is None
            else {
                "channelId": move.channel_id,
                "startedAt": move.started_at,
                "status": "running" if self.worker_up else "stalled",
                "processed": move.conversations_moved,
                "pending": move.pending(),
            },
            "channelLocations": {c["id"]: c["location"] for c in world.channels.values()},
        }

    # --- commands ------------------------------------------------------------------------------

    def _refuse(self, command, rule_id, reason):
        refused = {"type": "command-refused", "command": command["type"], "ruleId": rule_id, "reason": reason}
        self.log.append(self.world.clock, refused)
        return {"status": "refused", "ruleId": rule_id, "reason": reason}

    def _unknown_actor_or_channel(self, command):
        world = self.world
        return unknown_id(command, ("user", world.users, "actorId"), ("channel", world.channels, "channelId"))

    def _start_move(self, command):
        world = self.world
        unknown = self._unknown_actor_or_channel(command)
        if unknown is not None:
            return unknown
        refused = refusal(world, self.profile, command)
        if refused is not None:
            return self._refuse(command, *refused)
        at = world.clock
        world.replace_channel(command["channelId"], location="moving")
        self.move = Move(self, command, at)
        if self.bug == "skip-closed-history":
            self.move.candidates = [
                (c, t) for c, t in self.move.candidates if world.conversations[c]["status"] != "closed"
            ]
        channel_id = command["channelId"]
        history = command["history"]["kind"]
        actor = command["actorId"]
        self.log.append(at, {"type": "move-started", "channelId": channel_id, "actorId": actor, "history": history})
        self.log.append(at, {"type": "banner-shown", "channelId": channel_id, "places": BANNER_PLACES})
        return ACCEPTED

    def _advance(self, command):
        self._run(self.world.clock + command["ms"], stop_when_idle=False)
        return ACCEPTED

    def _run_until_idle(self, command):
        if self.move is not None and self.worker_up:
            self._run(self.world.clock + command.get("maxMs", RUN_UNTIL_IDLE_DEFAULT_MS), stop_when_idle=True)
        return ACCEPTED

    def _run(self, target, stop_when_idle):
        """The clock moves to `target`; a running move works meanwhile (only while the worker is up)."""
        if self.move is not None and self.worker_up:
            completed_at = self.move.run(self.world.clock, target)
            if completed_at is not None:
                self._complete(completed_at)
                if stop_when_idle:
                    target = completed_at
        self.world.clock = target

    def _complete(self, at):
        move = self.move
        self.world.replace_channel(move.channel_id, location="help-desk")
        self.log.append(
            at,
            {
                "type": "move-completed",
                "channelId": move.channel_id,
                "conversationsMoved": move.conversations_moved,
                "messagesMoved": move.messages_moved,
            },
        )
        self.log.append(at, {"type": "banner-hidden", "channelId": move.channel_id})
        self.move = None

    def _conversation_arrives(self, command):
        return conversation_arrives(self, command)

    def _reply_arrives(self, command):
        return reply_arrives(self, command)

    def _change_channel(self, command):
        return change_channel(self, command)

    def _close_conversation(self, command):
        return lifecycle(self, command)

    _reopen_conversation = _close_conversation
    _reassign_conversation = _close_conversation

    def _set_help_desk_access(self, command):
        unknown = unknown_id(command, ("user", self.world.users, "userId"))
        if unknown is not None:
            return unknown
        if self.move is not None:
            self.move.before_access_change(command["userId"])
        self.world.replace_user(command["userId"], helpDeskAccess=command["access"])
        changed = {"type": "access-changed", "userId": command["userId"], "access": command["access"]}
        self.log.append(self.world.clock, changed)
        return ACCEPTED

    def _set_notifications(self, command):
        self.world.set_notifications(command["on"])
        if self.move is not None:
            self.move.notifications_changed(command["on"])
        self.log.append(self.world.clock, {"type": "notifications-changed", "on": command["on"]})
        return ACCEPTED

    def _leave_progress_page(self, command):
        unknown = unknown_id(command, ("user", self.world.users, "userId"))
        if unknown is not None:
            return unknown
        self.log.append(self.world.clock, {"type": "progress-page-left", "userId": command["userId"]})
        return ACCEPTED

    def _location_refusal(self, command, when_moving, when_in_help_desk):
        """cancel-move, move-back, move-history-later: refused for a moving or moved channel, else invalid."""
        unknown = self._unknown_actor_or_channel(command)
        if unknown is not None:
            return unknown
        location = self.world.channels[command["channelId"]]["location"]
        if location == "moving":
            return self._refuse(command, *when_moving)
        if location == "help-desk":
            return self._refuse(command, *when_in_help_desk)
        return invalid(f"{command['type']}: channel {command['channelId']!r} was never moved")

    def _cancel_move(self, command):
        return self._location_refusal(
            command,
            ("MOVE-1", "a move cannot be stopped once started; it runs to completion"),
            ("ELIG-7", "the move has completed and a move is one-way; nothing to cancel"),
        )

    def _move_back(self, command):
        reason = ("ELIG-7", "a move is one-way: the channel cannot go back to the inbox")
        return self._location_refusal(command, reason, reason)

    def _move_history_later(self, command):
        reason = ("HIST-6", "history can only be chosen when the move starts, not afterwards")
        return self._location_refusal(command, reason, reason)

    def _worker_crash(self, command):
        self.worker_up = False
        self.log.append(self.world.clock, {"type": "worker-crashed"})
        return ACCEPTED

    def _worker_restart(self, command):
        self.worker_up = True
        if self.move is not None:
            self.move.restart(self.world.clock)
        self.log.append(self.world.clock, {"type": "worker-restarted"})
        return ACCEPTED


def main(argv):
    raw = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=raw)
    parser.add_argument("--bug", choices=sorted(BUGS), help="play a deliberately broken variant")
    args = parser.parse_args(argv)
    name = "python" if args.bug is None else f"python --bug {args.bug}"
    return serve(name, lambda world, options: System(world, options, args.bug))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
