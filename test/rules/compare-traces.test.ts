import { describe, expect, it } from 'vitest';
import type { Script, SystemEvent, SyncSystemFactory, Trace, World } from '../../domain/index.ts';
import { DEFAULT_POLICIES, DEFAULT_PROFILE } from '../../domain/index.ts';
import { createReferenceSystem } from '../../machines/index.ts';
import { compareTraces } from '../../rules/index.ts';
import { playScript } from '../../harness/index.ts';
import { wrapReference } from '../../mutants/wrap-reference.ts';
import { conversation, world } from '../support/fixtures.ts';
import { startMove } from '../support/commands.ts';
import { findingsOf } from './support/mutate.ts';

/*
 * INV-5 up to renaming: a system that mints its own IDs may mint other ones on a second run, as
 * long as one consistent renaming (a bijection, the same in events and worlds) maps one run to the other.
 */

const inbox: World = world({
  conversations: [
    conversation('c1', 'email-1'),
    conversation('c2', 'email-1', { status: 'closed' }),
    conversation('c3', 'email-1'),
  ],
});
const script: Script = [startMove('email-1'), { type: 'run-until-idle' }];

const twice = (factory: SyncSystemFactory): [Trace, Trace] => {
  const play = () =>
    playScript(factory, inbox, script, { policies: DEFAULT_POLICIES, profile: DEFAULT_PROFILE });
  return [play(), play()];
};

/**
 * The reference with its created tickets' IDs renamed by `rename(instance, id)` in events and in
 * the world; `instance` counts the systems built, so each run can mint differently.
 */
function renaming(rename: (instance: number, id: string) => string, worldOnly = false): SyncSystemFactory {
  let instances = 0;
  return wrapReference('renaming', () => {
    instances += 1;
    const instance = instances;
    const minted = new Set<string>();
    const map = (id: string): string => (minted.has(id) ? rename(instance, id) : id);
    return {
      event: (event): SystemEvent => {
        if (event.type === 'ticket-created') minted.add(event.ticketId);
        if (worldOnly) return event;
        if (
          event.type === 'ticket-created' ||
          event.type === 'ticket-assigned' ||
          event.type === 'notification-sent'
        )
          return { ...event, ticketId: map(event.ticketId) };
        return event;
      },
      world: (w) => ({ ...w, tickets: w.tickets.map((t) => ({ ...t, id: map(t.id) })) }),
    };
  });
}

/** A random-looking ID per run and ticket (a hash of both), consistent within the run. */
const hashed = (instance: number, id: string): string => {
  let h = instance * 2_654_435_761;
  for (const ch of id) h = Math.imul(h ^ ch.charCodeAt(0), 16_777_619) >>> 0;
  return `tk_${h.toString(36)}`;
};

describe('INV-5 compares two runs up to one consistent renaming of minted IDs', () => {
  it('the reference passes, and says it compared minted IDs', () => {
    const verdict = compareTraces(...twice(createReferenceSystem));
    expect(verdict.status === 'pass' && verdict.evidence).toMatch(/3 system-minted IDs compared up to/);
  });

  it('passes a system minting random-looking IDs, different per run but consistent within each', () => {
    const [a, b] = twice(renaming(hashed));
    expect(a.after.tickets[0]?.id).not.toBe(b.after.tickets[0]?.id);
    expect(a.after.tickets[0]?.id).toMatch(/^tk_/);
    expect(compareTraces(a, b).status).toBe('pass');
  });

  it('fails a run whose outcome differs beyond a renaming (a different status)', () => {
    const factory = renaming(hashed);
    let instances = 0;
    const moody = wrapReference(
      'moody',
      () => {
        instances += 1;
        const second = instances === 2;
        return {
          world: (w) => (second ? { ...w, tickets: w.tickets.map((t) => ({ ...t, status: 'New' })) } : w),
        };
      },
      factory,
    );
    const [finding] = findingsOf(compareTraces(...twice(moody)));
    expect(finding?.expected).toMatch(/^ticket after 1: .*"id":"<minted 2>".*"status":"Closed"/);
    expect(finding?.actual).toMatch(/"status":"New"/);
  });

  it('fails when two tickets collapse onto one ID in one run', () => {
    const collapsing = renaming((instance, id) => (instance === 2 ? 'tk_same' : `tk_${id}`));
    const [finding] = findingsOf(compareTraces(...twice(collapsing)));
    expect(finding?.expected).toMatch(/<minted 2>/);
    expect(finding?.actual).toMatch(/<minted 1>/);
  });

  it('fails a renaming that is not the same in the events and the world', () => {
    const [a, b] = twice(renaming((instance, id) => (instance === 2 ? `other-${id}` : id), true));
    const [finding] = findingsOf(compareTraces(a, b));
    expect(finding?.expected).toMatch(/^ticket after 0/);
  });

  it('never renames an ID the harness gave (a conversation ID differing is a difference)', () => {
    const [a, b] = twice(createReferenceSystem);
    const swapped = {
      ...b,
      after: {
        ...b.after,
        tickets: b.after.tickets.map((t) => ({
          ...t,
          conversationId: t.conversationId === 'c1' ? 'c2' : t.conversationId,
        })),
      },
    };
    expect(compareTraces(a, swapped).status).toBe('violated');
  });
});
