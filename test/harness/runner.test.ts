import { describe, expect, it } from 'vitest';
import type { Command, CommandResult, SyncMigrationSystem, SyncSystemFactory } from '../../domain/index.ts';
import { createReferenceSystem } from '../../machines/index.ts';
import { BUILTIN_SUITE_DIR, loadScenarioFile, parseScenario } from '../../scenarios/index.ts';
import {
  PER_STEP_WORLD_LIMIT,
  playScript,
  runScenario,
  runSuite,
  SystemFailure,
} from '../../harness/index.ts';
import { TIMELINE_CAP } from '../../reports/text/timeline.ts';
import { drifting, SMALL } from './_small-scenario.ts';

/** The reference system with one command replaced: a known-bad (or broken) system under test. */
function tampered(
  change: (system: SyncMigrationSystem, command: Command) => CommandResult,
): SyncSystemFactory {
  return (world, options) => {
    const system = createReferenceSystem(world, options);
    return { ...system, name: 'tampered', execute: (command) => change(system, command) };
  };
}

describe('playScript', () => {
  it('records the initial observation, and per step the result, observation, event range and world', () => {
    const trace = playScript(createReferenceSystem, SMALL.world, SMALL.script, SMALL.options);
    expect(trace.initial.channelLocations['form-1']).toBe('inbox');
    expect(trace.steps.map((s) => s.index)).toEqual([0, 1, 2]);
    expect(trace.steps[0]?.observation.move?.channelId).toBe('form-1');
    let next = 0;
    for (const step of trace.steps) {
      expect(step.eventsFrom).toBe(next);
      next = step.eventsTo;
      expect(step.world).toBeDefined();
    }
    expect(next).toBe(trace.events.length);
    expect(trace.before).toBe(SMALL.world);
  });

  it(`keeps no per-step world above ${PER_STEP_WORLD_LIMIT} conversations`, () => {
    const big = parseScenario(
      `id: big\ntitle: Big\ntargets: [MOVE-5]\nchannels: [{ id: e, kind: email }]\nbulk: [{ channel: e, count: ${PER_STEP_WORLD_LIMIT + 1} }]\nscript: [{ advance: 1s }]\n`,
      'big.yaml',
    );
    const trace = playScript(createReferenceSystem, big.world, big.script, big.options);
    expect(trace.steps[0]?.world).toBeUndefined();
    expect(trace.after.conversations).toHaveLength(PER_STEP_WORLD_LIMIT + 1);
  });

  it('turns a system that throws into a SystemFailure naming the step and the command', () => {
    const broken = tampered((system, command) => {
      if (command.type === 'advance') throw new Error('disk full');
      return system.execute(command);
    });
    expect(() => playScript(broken, SMALL.world, SMALL.script, SMALL.options)).toThrow(SystemFailure);
    expect(() => playScript(broken, SMALL.world, SMALL.script, SMALL.options)).toThrow(
      'system "tampered" threw at step 2 (advance) in execute(): disk full',
    );
  });
});

describe('runScenario', () => {
  it('passes on the reference system, with INV-5 judged from two runs and the advice of the first move', () => {
    const { result } = runScenario(SMALL, { factory: createReferenceSystem, systemName: 'ref' });
    expect(result.outcome).toBe('pass');
    expect(result.system).toBe('ref');
    expect(result.expectations.every((e) => e.ok)).toBe(true);
    expect(result.verdicts.find((v) => v.ruleId === 'INV-5')?.status).toBe('pass');
    expect(result.advice.map((a) => a.ruleId)).toContain('ADV-5');
    expect(result.stats).toMatchObject({ conversations: 3, commands: 3 });
    expect(result.stats.simulatedMs).toBeGreaterThan(1_000);
    expect(result.timeline[0]).toMatchObject({ kind: 'command' });
    expect(result.timeline[0]?.label).toMatch(/^step 1: admin starts moving form-1 .* — accepted$/);
  });

  it('fails when an expectation does not hold, saying what was expected and what happened', () => {
    const refusing = tampered((system, command) =>
      command.type === 'start-move'
        ? { status: 'refused', ruleId: 'ELIG-1', reason: 'no' }
        : system.execute(command),
    );
    const { result } = runScenario(SMALL, { factory: refusing });
    expect(result.outcome).toBe('fail');
    expect(result.expectations.find((e) => e.description === 'channel form-1')).toMatchObject({
      ok: false,
      expected: 'in help-desk',
      actual: 'in inbox',
    });
  });

  it('fails INV-5 for a system that does not replay the same', () => {
    const { result } = runScenario(SMALL, { factory: drifting() });
    expect(result.verdicts.find((v) => v.ruleId === 'INV-5')?.status).toBe('violated');
    expect(result.outcome).toBe('fail');
  });

  it('reports a throwing system as a failed scenario, not a crash', () => {
    const broken = tampered(() => {
      throw new Error('boom');
    });
    const { result, trace } = runScenario(SMALL, { factory: broken });
    expect(result.outcome).toBe('fail');
    expect(result.expectations.at(-1)?.actual).toBe(
      'system "tampered" threw at step 1 (start-move) in execute(): boom',
    );
    expect(trace.steps).toHaveLength(0);
  });

  it('plays a policy override the other way', () => {
    const scenario = loadScenarioFile(`${BUILTIN_SUITE_DIR}hist-2c-owner-without-access.yaml`);
    const { result } = runScenario(scenario, {
      factory: createReferenceSystem,
      policies: { 'OPEN-1': 'unassign' },
    });
    expect(result.options.policies['OPEN-1']).toBe('unassign');
    // Its expectations were written for OPEN-1=keep-owner: not checked under another value; the
    // rules' verdicts still are.
    expect(scenario.expectations.length).toBeGreaterThan(0);
    expect(result.expectations).toEqual([]);
    expect(result.expectationsNotChecked).toEqual({
      count: scenario.expectations.length,
      writtenFor: `OPEN-1=${scenario.options.policies['OPEN-1']}`,
    });
    expect(result.verdicts.some((v) => v.status === 'pass')).toBe(true);
    expect(result.outcome).toBe('pass');
  });

  it('checks the expectations when an override equals the scenario’s own value', () => {
    const scenario = loadScenarioFile(`${BUILTIN_SUITE_DIR}hist-2c-owner-without-access.yaml`);
    const own = scenario.options.policies['OPEN-1'];
    const { result } = runScenario(scenario, {
      factory: createReferenceSystem,
      policies: { 'OPEN-1': own },
      profile: scenario.options.profile,
    });
    expect(result.expectations.length).toBe(scenario.expectations.length);
    expect(result.expectationsNotChecked).toBeUndefined();
  });

  it(`condenses and caps the timeline at ${TIMELINE_CAP} entries`, () => {
    const scenario = loadScenarioFile(`${BUILTIN_SUITE_DIR}move-5-size.yaml`);
    const { result, trace } = runScenario(scenario, { factory: createReferenceSystem });
    expect(trace.events.length).toBeGreaterThan(TIMELINE_CAP);
    expect(result.timeline.length).toBeLessThanOrEqual(TIMELINE_CAP);
    expect(
      result.timeline.some((entry) =>
        /^[\d,]+ × conversation-moved: conversation large-bulk-\d+ moved to help desk … /.test(entry.label),
      ),
    ).toBe(true);
  });
});

describe('runSuite', () => {
  it('assembles a RunResult with the given start time and command line', () => {
    const run = runSuite([SMALL, SMALL], {
      factory: createReferenceSystem,
      startedAt: '2024-04-15T09:00:00.000Z',
      command: 'inbox-move-sim run small.yaml',
    });
    expect(run).toMatchObject({
      tool: { name: 'inbox-move-sim' },
      startedAt: '2024-04-15T09:00:00.000Z',
      command: 'inbox-move-sim run small.yaml',
      seed: null,
    });
    expect(run.tool.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(run.results.map((r) => r.outcome)).toEqual(['pass', 'pass']);
  });
});
