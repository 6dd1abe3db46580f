import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { DEFAULT_POLICIES, DEFAULT_PROFILE, InputError, validateWorld } from '../domain/index.ts';
import type { Scenario } from '../harness/scenario.ts';
import { formatPath, printable, quoteShort } from '../domain/issue-words.ts';
import { fromZodIssue, type Issue } from './scenario-issue.ts';
import { lineOf } from './_locate.ts';
import { compileExpectations } from './compile/compile-expectations.ts';
import { compileScript } from './compile/compile-script.ts';
import { compileWorld } from './compile/compile-world.ts';
import { validateScenarioInput } from './compile/validate-scenario-input.ts';
import { worldIssues } from './compile/world-problems.ts';
import { loadCounterexample } from './load-counterexample.ts';
import { ERRORS_SHOWN, ScenarioErrors } from './scenario-errors.ts';
import { scenarioSchema, type ScenarioInput } from './schema/scenario-schema.ts';
import { DEFAULT_SCENARIO_START, parseTime } from './time-text.ts';

/** The stages of loading a big scenario file, for a progress line (`loadScenarios`' onStage). */
export type LoadStage = 'read' | 'parse' | 'validate' | 'compile' | 'done';

/** Called as a file moves through the stages (the CLI shows progress for big files). */
export type OnStage = (file: string, stage: LoadStage, bytes: number) => void;

/**
 * A scenario from YAML text. Every problem — invalid YAML, a wrong type, an unknown key, a
 * missing field, a duplicate ID, a dangling reference — is an InputError naming the file, the
 * line, the field path, what was expected and what was found; all the problems of one stage are
 * thrown at once as ScenarioErrors (schema first, then the file's own form, then the compiled
 * world as the domain's `validateWorld` judges it, each problem at the line it came from, then
 * script and expectations, since a later stage cannot run on an earlier stage's errors).
 */
export function parseScenario(text: string, fileName: string, onStage: OnStage = () => undefined): Scenario {
  onStage(fileName, 'parse', text.length);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    throw new ScenarioErrors(
      doc.errors.map((yamlError) => {
        const line = yamlError.linePos?.[0].line ?? lineCounter.linePos(yamlError.pos[0]).line;
        const what = yamlError.message.split('\n')[0] ?? yamlError.message;
        return new InputError('YAML_SYNTAX', fileName, `line ${line}`, 'valid YAML', printable(what));
      }),
    );
  }
  const located = (issue: Issue) => ({
    issue,
    line: lineOf(doc, lineCounter, issue.path, issue.atKey === true),
  });
  const toError = ({ issue, line }: { issue: Issue; line: number }): InputError =>
    new InputError(
      issue.code,
      fileName,
      `line ${line}, ${formatPath(issue.path)}`,
      issue.expected,
      issue.found,
    );
  /** Throws the issues, if any; `inFileOrder` sorts them by line (a world's come in its own order). */
  const raise = (issues: readonly Issue[], inFileOrder = false): void => {
    if (issues.length === 0) return;
    const shown = inFileOrder
      ? issues.map(located).sort((a, b) => a.line - b.line)
      : issues.slice(0, ERRORS_SHOWN).map(located);
    throw new ScenarioErrors(shown.slice(0, ERRORS_SHOWN).map(toError), issues.length);
  };
  onStage(fileName, 'validate', text.length);
  const parsed = scenarioSchema.safeParse(toPlain(doc, lineCounter, fileName), { reportInput: true });
  if (!parsed.success) {
    raise(parsed.error.issues.map((issue) => fromZodIssue(issue)));
    throw new InputError('SCENARIO_SCHEMA', fileName, null, 'a scenario', 'an invalid document');
  }
  const input = parsed.data;
  raise(validateScenarioInput(input));
  onStage(fileName, 'compile', text.length);
  const start = parseTime(input.start ?? DEFAULT_SCENARIO_START, 0) ?? 0;
  // A counterexample saved by explore has its world and script verbatim in `found:`.
  const compiled =
    input.found === undefined
      ? { ...compileInput(input, start, raise), found: undefined }
      : { ...loadCounterexample(input.found, (issues) => raise(issues, true)), issues: [] };
  const { world, script, found } = compiled;
  const { expectations, issues } = compileExpectations(input.expect, world, script, start);
  raise([...compiled.issues, ...issues]);
  onStage(fileName, 'done', text.length);
  return {
    ref: { id: input.id, title: input.title, file: fileName, targets: input.targets },
    description: input.description ?? '',
    world,
    script,
    options: {
      policies: { ...DEFAULT_POLICIES, ...definedOnly(input.policies ?? {}) },
      profile: input.profile ?? DEFAULT_PROFILE,
    },
    expectations,
    ...(found === undefined ? {} : { found }),
  };
}

/**
 * The world and script written in the scenario's own shorthand. The world's problems are thrown
 * (by `raise`) before the script is compiled against it.
 */
function compileInput(
  input: ScenarioInput,
  start: number,
  raise: (issues: Issue[], inFileOrder: boolean) => void,
) {
  const { world, ctx, sources } = compileWorld(input, start);
  raise(worldIssues(validateWorld(world), input, sources), true);
  const { script, issues } = compileScript(input.script ?? [], world, ctx);
  return { world, script, issues };
}

/**
 * The document as plain data. yaml reports an unresolved alias or an alias bomb only here, by
 * throwing (a ReferenceError): that is bad input, so it becomes an InputError like any other.
 */
function toPlain(doc: Document, lineCounter: LineCounter, fileName: string): unknown {
  try {
    return doc.toJS({ maxAliasCount: 1_000 });
  } catch (error) {
    const what = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    const line = lineCounter.linePos(doc.contents?.range?.[0] ?? 0).line;
    throw new InputError(
      'YAML_SYNTAX',
      fileName,
      `line ${line}`,
      'valid YAML with every alias defined before use, and few of them',
      quoteShort(what, 120),
    );
  }
}

/** A scenario file: read as UTF-8 text (binary content is bad input, not a crash), then parsed. */
export function loadScenarioFile(path: string, onStage: OnStage = () => undefined): Scenario {
  let bytes: Buffer;
  try {
    onStage(path, 'read', statSync(path).size);
    bytes = readFileSync(path);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InputError('SCENARIO_FILE', path, null, 'a readable scenario file', reason);
  }
  return parseScenario(decodeText(bytes, path), path, onStage);
}

/**
 * Every scenario in the given files and folders (folders recursively: *.yaml and *.yml), sorted
 * by path so that a run is the same on every machine.
 */
export function loadScenarios(pathsOrDirs: readonly string[], onStage?: OnStage): Scenario[] {
  return listScenarioFiles(pathsOrDirs).map((file) => loadScenarioFile(file, onStage));
}

/** The scenario files in the given files and folders, sorted, without loading them. */
export function listScenarioFiles(pathsOrDirs: readonly string[]): string[] {
  const files = new Set<string>();
  for (const path of pathsOrDirs) for (const file of scenarioFiles(path)) files.add(file);
  return [...files].sort();
}

function scenarioFiles(path: string): string[] {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(path).isDirectory();
  } catch {
    throw new InputError('SCENARIO_FILE', path, null, 'an existing scenario file or folder', 'nothing there');
  }
  if (!isDirectory) return [path];
  return readdirSync(path, { withFileTypes: true }).flatMap((entry) => {
    const child = join(path, entry.name);
    if (entry.isDirectory()) return scenarioFiles(child);
    return ['.yaml', '.yml'].includes(extname(entry.name)) ? [child] : [];
  });
}

function decodeText(bytes: Buffer, path: string): string {
  const nul = bytes.indexOf(0);
  if (nul !== -1)
    throw new InputError(
      'SCENARIO_ENCODING',
      path,
      `byte ${nul}`,
      'a UTF-8 text (YAML) file',
      'binary data (a NUL byte)',
    );
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(
      'SCENARIO_ENCODING',
      path,
      null,
      'a UTF-8 text (YAML) file',
      'bytes that are not UTF-8',
    );
  }
}

function definedOnly<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };
}
