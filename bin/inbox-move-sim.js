#!/usr/bin/env node
// The published entry: registers tsx so the TypeScript sources run as they are, then runs the CLI.
// Paths resolve from this file, so it works from any working directory.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../cli/main.ts');
await runCli();
