import { InvalidArgumentError } from 'commander';
import { parseIsoTime } from '../scenarios/time-text.ts';
import { IMPORT_KINDS, type ImportKind } from '../import/channel-kinds.ts';

/** `<channelAccountId>=<kind>`, repeatable: what the export cannot tell about a channel account. */
export function parseKind(
  value: string,
  previous: Record<string, ImportKind> | undefined,
): Record<string, ImportKind> {
  const [account = '', kind = ''] = value.split('=', 2);
  if (account === '' || !(IMPORT_KINDS as readonly string[]).includes(kind)) {
    throw new InvalidArgumentError(
      `Expected <channelAccountId>=<kind> with kind one of: ${IMPORT_KINDS.join(', ')}.`,
    );
  }
  return { ...previous, [account]: kind as ImportKind };
}

/** A repeatable ID (`--super-admin 2620022 --super-admin 17`). */
export function collectId(value: string, previous: readonly string[] | undefined): string[] {
  if (!/^[A-Za-z0-9][A-Za-z0-9_.:@+-]*$/.test(value)) throw new InvalidArgumentError('Expected an ID.');
  return [...(previous ?? []), value];
}

/** An ISO date-time, e.g. 2024-04-15T09:00:00Z. */
export function parseClock(value: string): number {
  const at = parseIsoTime(value);
  if (at === null) throw new InvalidArgumentError('Expected an ISO date-time such as 2024-04-15T09:00:00Z.');
  return at;
}
