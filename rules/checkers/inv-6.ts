import type { World } from '../../domain/index.ts';
import { count, Findings } from '../verdict.ts';
import { defineChecker } from '../define-checker.ts';
import { sameJson } from '../canonical.ts';

/** Worlds are immutable values: the same reference, or the same content. */
function sameWorld(a: World, b: World): boolean {
  return sameJson(a, b);
}

/**
 * INV-6: a refused or invalid command leaves the observation as it was, logs exactly one matching
 * `command-refused` (refused) or nothing (invalid), and — when step worlds are recorded — the world.
 */
export const inv6 = defineChecker('INV-6', (trace) => {
  const found = new Findings('INV-6');
  let checked = 0;
  let previousWorld: World | undefined = trace.before;
  let previous = trace.initial;
  for (const step of trace.steps) {
    const { result } = step;
    if (result.status !== 'accepted') {
      checked += 1;
      const subjects = { step: step.index };
      const logged = trace.events.slice(step.eventsFrom, step.eventsTo);
      const first = logged[0];
      if (result.status === 'refused') {
        const ok =
          logged.length === 1 &&
          first?.type === 'command-refused' &&
          first.ruleId === result.ruleId &&
          first.command === step.command.type;
        if (!ok) {
          const types = logged.map((event) => event.type).join(', ') || 'nothing';
          found.add(`one command-refused (${step.command.type}, ${result.ruleId})`, types, subjects);
        }
      } else if (logged.length > 0) {
        found.add('no event for an invalid command', logged.map((event) => event.type).join(', '), subjects);
      }
      if (!sameJson(previous, step.observation)) {
        found.add('observation unchanged', 'changed', subjects);
      }
      if (previousWorld !== undefined && step.world !== undefined && !sameWorld(previousWorld, step.world)) {
        found.add('world unchanged', 'changed', subjects);
      }
    }
    previous = step.observation;
    previousWorld = step.world;
  }
  return found.verdict(
    checked,
    `${count(checked, 'refused or invalid commands')} changed nothing`,
    'every command was accepted',
  );
});
