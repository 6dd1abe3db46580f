// Known-bad systems that answer or report wrong: a valid request refused or called invalid
// (INV-8), a reopen answered but not done, a crashed move shown running, a completion summary
// that counts the wrong conversations (INV-7).
import { knownBad, type KnownBad } from './known-bad.ts';
import overRefusesPersonalEmail from '../over-refuses-personal-email.ts';
import invalidForExistingChannel from '../invalid-for-existing-channel.ts';
import reopenIgnored from '../reopen-ignored.ts';
import crashShownRunning from '../crash-shown-running.ts';
import completionCountsWholeChannel from '../completion-counts-whole-channel.ts';

/** Answers, progress and summaries that misreport what happened. */
export const MISREPORTS: readonly KnownBad[] = [
  knownBad(
    'over-refuses-personal-email',
    overRefusesPersonalEmail,
    'INV-8',
    'A personal email channel is refused as if it were the fallback address, naming ELIG-4.',
  ),
  knownBad(
    'invalid-for-existing-channel',
    invalidForExistingChannel,
    'INV-8',
    'Moving a chatflow answers "invalid: unknown channel": chatflows are looked up in the wrong list.',
  ),
  knownBad(
    'reopen-ignored',
    reopenIgnored,
    'INV-7',
    'Reopening a conversation is answered accepted but leaves it closed, with nothing logged.',
  ),
  knownBad(
    'crash-shown-running',
    crashShownRunning,
    'INV-7',
    'After a worker crash the move is still shown running, never stalled.',
  ),
  knownBad(
    'completion-counts-whole-channel',
    completionCountsWholeChannel,
    'INV-7',
    "The move's completion counts the channel's conversations, not those it moved.",
  ),
];
