import { InputError } from '../domain/index.ts';

/** At most this many errors of one file are listed: enough to fix a batch, not a wall of text. */
export const ERRORS_SHOWN = 20;

/**
 * Every error found in one scenario file at once (like tsc), so a person fixes them in one pass
 * instead of one run per error. It is an InputError (exit code 2) whose message is the first
 * error; `errors` holds up to ERRORS_SHOWN of them, `total` how many there were.
 */
export class ScenarioErrors extends InputError {
  readonly errors: readonly InputError[];
  readonly total: number;

  /** `total`: how many errors there were, when `all` is already a capped list. */
  constructor(all: readonly InputError[], total = all.length) {
    const [first] = all;
    if (first === undefined) throw new Error('ScenarioErrors needs at least one error');
    super(first.code, first.file, first.where, first.expected, first.found);
    this.errors = all.slice(0, ERRORS_SHOWN);
    this.total = Math.max(total, all.length);
  }

  /** One line per error, then how many more there were. */
  lines(): string[] {
    const more = this.total - this.errors.length;
    return [
      ...this.errors.map((error) => error.message),
      ...(more > 0 ? [`... and ${more} more error(s) in ${this.file ?? 'this file'}`] : []),
      ...(this.total > 1 ? [`${this.total} errors in ${this.file ?? 'this file'}`] : []),
    ];
  }
}
