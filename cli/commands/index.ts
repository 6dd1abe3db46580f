import type { CliCommand } from '../cli-command.ts';

/**
 * One command in the registry. Its module is imported only when that command runs (or shows its
 * own help): `--help` and a small run then load nothing they do not use (bench/STARTUP.md). The
 * top-level help is drawn from `term` and `summary`; test/cli/startup.test.ts checks that they
 * are what commander prints for the loaded command.
 */
export interface CommandEntry {
  readonly name: string;
  /** Its line in the top-level help, e.g. `run [options] [paths...]`. */
  readonly term: string;
  readonly summary: string;
  load(): Promise<CliCommand>;
}

/** The command registry: one entry per command, in the order `--help` lists them. */
export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'run',
    term: 'run [options] [paths...]',
    summary: 'Play scenarios against a system under test and judge every rule by ID.',
    load: async () => (await import('./run.ts')).runCommand,
  },
  {
    name: 'rules',
    term: 'rules [options]',
    summary:
      'List the rule catalogue: each rule, where it is checked, which built-in scenarios exercise it and which known-bad systems (mutants/) it must catch.',
    load: async () => (await import('./rules.ts')).rulesCommand,
  },
  {
    name: 'preview',
    term: 'preview [options]',
    summary:
      'Play a planned move on a copy of an inbox and show what would happen, with the ADV-1..5 warnings.',
    load: async () => (await import('./preview.ts')).previewCommand,
  },
  {
    name: 'import',
    term: 'import',
    summary: 'Import a real inbox: an export of the Conversations API as a scenario file.',
    load: async () => (await import('./import.ts')).importCommand,
  },
  {
    name: 'profiles',
    term: 'profiles',
    summary: 'Rule profiles (dated versions of the article): list them, or diff two.',
    load: async () => (await import('./profiles.ts')).profilesCommand,
  },
  {
    name: 'explore',
    term: 'explore [options]',
    summary: 'Explore random inboxes and command scripts (fast-check), shrink each failure, save it.',
    load: async () => (await import('./explore.ts')).exploreCommand,
  },
  {
    name: 'replay',
    term: 'replay [options] [files...]',
    summary: 'Replay counterexamples saved by explore; check each saved violation still reproduces.',
    load: async () => (await import('./replay.ts')).replayCommand,
  },
  {
    name: 'merge-reports',
    term: 'merge-reports [options] <dir>',
    summary: 'Merge the blob reports of shards (--shard i/n --reporter blob) into every report.',
    load: async () => (await import('./merge-reports.ts')).mergeReportsCommand,
  },
  {
    name: 'serve-system',
    term: 'serve-system [options]',
    summary: 'Serve a system under test over the JSON-lines protocol (docs/PROTOCOL.md) on stdin/stdout.',
    load: async () => (await import('./serve-system.ts')).serveSystemCommand,
  },
  {
    name: 'init',
    term: 'init',
    summary: 'Scaffold a new piece of work: a system under test skeleton.',
    load: async () => (await import('./init.ts')).initCommand,
  },
];
