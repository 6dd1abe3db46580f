/**
 * Bad input (a malformed scenario, an unknown option, an impossible inbox): one clear message
 * naming where, what and what was expected. Only the CLI entry catches it, prints `message`
 * and exits with code 2 — never a stack trace.
 */
export class InputError extends Error {
  override readonly name = 'InputError';

  constructor(
    /** Stable code, e.g. `SCENARIO_SCHEMA`, `YAML_SYNTAX`, `UNKNOWN_OPTION`. */
    readonly code: string,
    /** The file at fault, when there is one. */
    readonly file: string | null,
    /** `file:line` or a field path such as `conversations[3].status`. */
    readonly where: string | null,
    /** What was expected, in words. */
    readonly expected: string,
    /** What was found instead. */
    readonly found: string,
  ) {
    super(InputError.format(file, where, expected, found));
  }

  static format(file: string | null, where: string | null, expected: string, found: string): string {
    const place = [file, where].filter((part) => part !== null && part !== '').join(': ');
    return `${place === '' ? '' : `${place}: `}expected ${expected}, found ${found}`;
  }
}
