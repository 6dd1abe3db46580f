// How RESULTS.md shows figures: every renderer of bench/ formats the same way.

export const GiB = 2 ** 30;
/** Milliseconds as seconds, two decimals. */
export const s = (ms: number): string => (ms / 1000).toFixed(2);
export const ratio = (x: number): string => `${x.toFixed(2)}×`;
/** Bytes as GiB, two decimals. */
export const gib = (bytes: number): string => (bytes / GiB).toFixed(2);

/** A target's verdict in the Targets table. */
export function mark(ok: boolean): string {
  return ok ? 'met' : '**missed**';
}
