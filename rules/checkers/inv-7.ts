import { commandIndex } from '../_commands.ts';
import { frameConversations } from '../_frame-conversations.ts';
import { FrameFindings } from '../_frame-findings.ts';
import { frameLicences } from '../_frame-licences.ts';
import { frameLifecycle } from '../_frame-lifecycle.ts';
import { frameProgress } from '../_frame-progress.ts';
import { frameSteps } from '../_frame-steps.ts';
import { frameTickets } from '../_frame-tickets.ts';
import { frameWorld } from '../_frame-world.ts';
import { traceIndex } from '../trace-index.ts';
import { count } from '../verdict.ts';
import { defineChecker } from '../define-checker.ts';

/**
 * INV-7, the frame: every field that differs between the world before and the world after is
 * licensed by a rule or by an accepted command of the script (docs/SEMANTICS.md, "What may change").
 * Ground truth is the two worlds and the commands the harness sent, never the event log. It
 * judges before against after (a change undone within the trace is not seen); a finding names the
 * first step whose recorded world shows the change, when per-step worlds were recorded. Step by
 * step it also judges what each command must have done (the clock it reaches, notifications, the
 * worker, close / reopen / reassign and the events they log, the move's progress counts against
 * what moved), so a change made and undone within the trace is seen there.
 */
export const inv7 = defineChecker('INV-7', (trace) => {
  const ix = traceIndex(trace);
  const out = new FrameFindings(trace);
  const licences = frameLicences(trace);
  const world = frameWorld(ix, licences, out);
  const conversations = frameConversations(ix, licences, out);
  const tickets = frameTickets(ix, licences, out);
  // Step by step, against the commands: the clock, notifications, the worker, lifecycle commands
  // and what they log, and the move's own progress counts (rules/_frame-steps.ts and siblings).
  const ci = commandIndex(trace);
  frameSteps(ci, out.found);
  frameLifecycle(ci, out.found);
  frameProgress(ci, out.found);
  const compared = conversations.entities + tickets.entities;
  return out.found.verdict(
    compared + world.entities - 2,
    `${count(conversations.entities, 'conversations')} and ${count(tickets.entities, 'tickets')} compared ` +
      `(${count(conversations.changed + tickets.changed, 'changed objects')} field by field), with the account, ` +
      `the clock, users and channels: every change licensed by a rule or a command`,
    'the world has no users, channels, conversations or tickets to compare',
  );
});
