import fc from 'fast-check';
import type { Script, World } from '../../domain/index.ts';
import { commandSpecArbitrary, startMoveSpecArbitrary, type CommandSpec } from './_command-specs.ts';
import { resolveScript } from './resolve-script.ts';
import { DEFAULT_SCRIPT_CONSTRAINTS, type ScriptConstraints } from './script-constraints.ts';

/**
 * Command scripts over `world`'s IDs: start-move of various channels, actors, entry points and
 * history choices; arrivals and replies; channel and access changes; notifications on/off;
 * cancel, move-back, second-move and history-later attempts; leaving the page; worker crash and
 * restart; clock advances and run-until-idle. Shrinks toward fewer and simpler commands.
 * Message times never go backwards, so replies never predate their thread.
 *
 * @example
 * fc.assert(fc.property(worldArbitrary().chain((w) => scriptArbitrary(w)), (script) => script.length >= 0));
 */
export function scriptArbitrary(
  world: World,
  constraints: Partial<ScriptConstraints> = {},
): fc.Arbitrary<Script> {
  const c: ScriptConstraints = { ...DEFAULT_SCRIPT_CONSTRAINTS, ...constraints };
  return scriptSpecsArbitrary(c).map((specs) => resolveScript(world, specs, c.unknownIds));
}

/** The command specs of a script, before they are resolved against a world (`resolveScript`). */
export function scriptSpecsArbitrary(c: ScriptConstraints): fc.Arbitrary<CommandSpec[]> {
  const opening = c.startWithMove ? startMoveSpecArbitrary().map((spec) => [spec]) : fc.constant([]);
  return fc
    .tuple(opening, fc.array(commandSpecArbitrary(c), { maxLength: c.maxCommands }))
    .map(([first, rest]) => [...first, ...rest]);
}
