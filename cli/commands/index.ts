import type { CliCommand } from '../command.ts';
import { exploreCommand } from './explore.ts';
import { previewCommand } from './preview.ts';
import { profilesCommand } from './profiles.ts';
import { replayCommand } from './replay.ts';
import { rulesCommand } from './rules.ts';
import { runCommand } from './run.ts';

/** The command registry: one line per command, in the order `--help` lists them. */
export const COMMANDS: readonly CliCommand[] = [
  runCommand,
  rulesCommand,
  previewCommand,
  profilesCommand,
  exploreCommand,
  replayCommand,
];
