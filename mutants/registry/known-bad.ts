import type { RuleId, SyncSystemFactory } from '../../domain/index.ts';

/** A known-bad system: the reference system with one documented rule broken on purpose. */
export interface KnownBad {
  /** `bad:<file name>`, the system's own name. */
  readonly name: string;
  /** The module, relative to the project root (for `--system`). */
  readonly file: string;
  readonly factory: SyncSystemFactory;
  /** The rule it breaks; the harness must judge it violated in at least one built-in scenario. */
  readonly intended: RuleId;
  readonly description: string;
}

/** The registry entry of `mutants/<file>.ts`, whose default export is `factory`. */
export const knownBad = (
  file: string,
  factory: SyncSystemFactory,
  intended: RuleId,
  description: string,
): KnownBad => ({
  name: `bad:${file}`,
  file: `mutants/${file}.ts`,
  factory,
  intended,
  description,
});
