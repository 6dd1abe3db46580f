import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RuleId, SyncSystemFactory } from '../../domain/index.ts';
import { explore, exploreOptions } from '../../explore/index.ts';
import { runScenario } from '../../harness/index.ts';
import { BUILTIN_SUITE_DIR, loadScenarioFile } from '../../scenarios/index.ts';

/*
 * Bugs the oracle was not written for: realistic bugs written blind (by someone who read RULES.md,
 * SEMANTICS.md, the seam and the reference, but not the checkers, the known-bad systems, the
 * scenarios or explore), each a wrapper of the reference system, its header saying the bug, how it
 * could ship, the rules it breaks and when. Measured once on arrival (1 December), explore with
 * 2,000 runs and the built-in suite:
 * - bugs/ (20): explore caught 19 by a rule verdict, the suite 11. Missed: reply-threaded-by-contact
 *   (generated contacts never wrote twice).
 * - bugs2/ (15, asked to be subtler, data- or timing-dependent): explore 13 (one of them only at run
 *   1,669), the suite 12. Missed: auto-reply-dropped-with-rules (generated channels had no
 *   automation rules), tickets-matched-by-id-prefix (no generated conversation ID was a prefix of
 *   another); late: sla-closing-time-rolls-over (targets never a whole office day).
 * - bugs3/ (12, aimed at the rules touched least): explore 8, the suite 5, together 9. Missed by
 *   explore: backdated-arrival-skipped (arrivals never started before the move),
 *   refused-cancel-stops-watcher (no arrival after a request by the mover),
 *   restart-after-page-left-ignored (never a crash after leaving the page), long-thread-export-mode
 *   (two moves of equal size and slightly longer threads); the last three missed by the suite too.
 * Each miss was a hole in what the generators, explore's situations or the suite's scenarios play,
 * never in a checker; all closed. From now on every one must be caught by explore's defaults,
 * breaking one of the rules it claims — or, where named below, by one scenario of the suite.
 */
const CLAIMED: Readonly<Record<string, readonly RuleId[]>> = {
  'access-grant-not-seen': ['HIST-2c', 'OPEN-4'],
  'bulk-mode-faster': ['MOVE-5'],
  'changed-in-not-detected': ['HIST-9', 'OPEN-3', 'MOVE-2'],
  'chatflow-closed-as-open': ['HIST-2b'],
  'closed-status-fallback': ['HIST-0'],
  'closed-thread-dated-last-activity': ['HIST-2a'],
  'existing-ticket-status-normalized': ['HIST-1', 'INV-7'],
  'finalizer-lost-on-restart': ['MOVE-1', 'MOVE-6', 'MOVE-3'],
  'history-includes-filter': ['HIST-7', 'HIST-8', 'INV-4'],
  'messenger-chatflow-accepted': ['ELIG-5'],
  'new-traffic-uses-move-statuses': ['NEW-1', 'SET-1'],
  'none-move-skips-arrivals': ['MOVE-2'],
  'notif-flag-cached-at-start': ['MOVE-7', 'OPEN-6'],
  'refused-move-steals-banner': ['INV-6', 'MOVE-3'],
  'reply-threaded-by-contact': ['HIST-3'],
  'retry-duplicates-ticket': ['INV-3'],
  'routing-pruned-to-seats': ['SET-1', 'INV-7'],
  'sla-offset-ignored': ['HIST-4', 'NEW-2'],
  'snapshot-overwrites-replies': ['INV-2'],
  'superadmin-needs-seat': ['INV-8'],
  // Second round (bugs2/).
  'ambiguous-ticket-recreated': ['INV-3', 'OPEN-5', 'INV-7'],
  'auto-reply-dropped-with-rules': ['SET-1', 'INV-7'],
  'banner-follows-heartbeat': ['MOVE-3'],
  'email-import-skips-form-submission': ['HIST-8', 'INV-2'],
  'move-counters-not-reset': ['INV-7'],
  'moved-to-slot-selection': ['HIST-9', 'HIST-7', 'INV-4', 'INV-7'],
  'notif-toggle-flips': ['MOVE-7', 'OPEN-6'],
  'process-wide-ticket-sequence': ['INV-5'],
  'restart-resumes-stale-cursor': ['INV-7'],
  'same-open-closed-status-refused': ['INV-8'],
  'sla-closing-time-rolls-over': ['HIST-4', 'NEW-2', 'OPEN-8'],
  // It refuses a valid second move naming MOVE-1: judged under the rule it names (nothing cancelled).
  'stalled-move-blocks-as-move-1': ['ELIG-6', 'MOVE-1'],
  'status-fixed-at-queueing': ['HIST-2b', 'OPEN-9'],
  'ticket-ids-reused-after-restart': ['INV-3', 'HIST-2', 'INV-7'],
  'tickets-matched-by-id-prefix': ['INV-4', 'INV-7'],
  // Third round (bugs3/).
  'arrival-dated-at-delivery': ['OPEN-7'],
  'backdated-arrival-skipped': ['MOVE-2'],
  'chatflow-location-cached': ['MOVE-6'],
  'closed-changed-in-not-taken': ['NEW-1'],
  'form-from-chatflows-list': ['ELIG-8'],
  'history-later-after-none': ['HIST-6', 'HIST-5', 'INV-7'],
  'long-thread-export-mode': ['MOVE-5'],
  'new-status-ticket-rerouted': ['OPEN-1', 'HIST-1'],
  'redelivery-after-move-duplicates': ['INV-1'],
  'refused-cancel-stops-watcher': ['INV-6', 'MOVE-2'],
  'reply-to-closed-reopens-in-help-desk': ['OPEN-2', 'HIST-5'],
  'restart-after-page-left-ignored': ['MOVE-4', 'MOVE-1', 'MOVE-6'],
};

/**
 * Bugs explore's random runs do not reach, each with the scenario of the built-in suite that
 * catches it. MOVE-5 compares moves pairwise; explore's two moves differ a lot in size by design,
 * so a slightly longer thread making a move faster shows in move-5-size only.
 */
const BY_SCENARIO: Readonly<Record<string, string>> = {
  'long-thread-export-mode': 'move-5-size',
};

/** Each bug as `<folder>/<name>`. */
const BUGS = ['bugs', 'bugs2', 'bugs3'].flatMap((folder) =>
  readdirSync(new URL(`./${folder}/`, import.meta.url))
    .filter((file) => file.endsWith('.ts'))
    .map((file) => `${folder}/${file.replace(/\.ts$/, '')}`),
);
const nameOf = (bug: string): string => bug.split('/').pop() ?? bug;

describe('blind bugs: explore from its default settings', () => {
  it('has every bug file claimed, and every claim a file', () => {
    expect(BUGS.map(nameOf).sort()).toEqual(Object.keys(CLAIMED).sort());
  });

  it.each(BUGS)(
    'catches %s breaking one of the rules it claims',
    async (bug) => {
      const name = nameOf(bug);
      const module = (await import(`./${bug}.ts`)) as { default: SyncSystemFactory };
      const scenario = BY_SCENARIO[name];
      if (scenario !== undefined) {
        const loaded = loadScenarioFile(`${BUILTIN_SUITE_DIR}${scenario}.yaml`);
        const { result } = runScenario(loaded, { factory: module.default });
        const violated = result.verdicts.filter((v) => v.status === 'violated').map((v) => v.ruleId);
        expect(
          violated.filter((id) => (CLAIMED[name] ?? []).includes(id)),
          violated.join(', '),
        ).not.toEqual([]);
        return;
      }
      const options = exploreOptions({ system: `test/blind/${bug}.ts`, maxFailures: 1 });
      const records = explore(module.default, options);
      const failing = records.find((record) => record.failure !== null);
      expect(failing, `${name} not caught in ${options.runs} runs`).toBeDefined();
      const violated = failing?.failure?.violated ?? [];
      expect(
        violated.filter((id) => (CLAIMED[name] ?? []).includes(id)),
        violated.join(', '),
      ).not.toEqual([]);
    },
    // Shrinking can take tens of seconds on a loaded 2-core machine: a guard against a hang.
    90_000,
  );
});
