/** A known-bad system not caught within this many runs on a seed counts as not caught on that seed. */
export const MAX_RUNS = 10_000;
