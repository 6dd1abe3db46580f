import { describe, expect, it } from 'vitest';
import type { TraceStep, World } from '../../domain/index.ts';
import { DEFAULT_POLICIES, DEFAULT_PROFILE } from '../../domain/index.ts';
import { createReferenceSystem } from '../../machines/index.ts';
import { playScript } from '../../harness/index.ts';
import { check } from './support/check.ts';
import { conversation, world } from '../support/fixtures.ts';
import { findingsOf, patchStep } from './support/mutate.ts';

/*
 * INV-8's converse (rules/checkers/inv-8.ts): a command naming an unknown ID, or a request about a
 * channel never moved, is answered invalid; and every answer is accepted, refused or invalid.
 */

const before: World = world({ conversations: [conversation('c1', 'email-1')] });

describe('INV-8 the converse: an unknown ID is answered invalid', () => {
  it('catches a command naming an unknown user accepted, and a malformed answer', () => {
    const unknown = playScript(
      createReferenceSystem,
      before,
      [
        { type: 'set-help-desk-access', userId: 'ghost', access: true },
        { type: 'close-conversation', conversationId: 'c1' },
      ],
      { policies: DEFAULT_POLICIES, profile: DEFAULT_PROFILE },
    );
    expect(unknown.steps[0]?.result.status).toBe('invalid');
    expect(check('INV-8', unknown).status).not.toBe('violated');
    const accepted = patchStep(unknown, 0, (s) => ({ ...s, result: { status: 'accepted' } }));
    expect(findingsOf(check('INV-8', accepted))[0]?.expected).toMatch(
      /invalid: it names an ID this world does not know/,
    );
    const malformed = patchStep(unknown, 1, (s) => ({ ...s, result: {} as TraceStep['result'] }));
    expect(findingsOf(check('INV-8', malformed))[0]?.expected).toMatch(
      /answered accepted, refused or invalid/,
    );
  });

  it('catches a cancel of a channel never moved answered anything but invalid', () => {
    const cancel = playScript(
      createReferenceSystem,
      before,
      [{ type: 'cancel-move', actorId: 'admin', channelId: 'email-2' }],
      { policies: DEFAULT_POLICIES, profile: DEFAULT_PROFILE },
    );
    expect(cancel.steps[0]?.result.status).toBe('invalid');
    const accepted = patchStep(cancel, 0, (s) => ({ ...s, result: { status: 'accepted' } }));
    expect(findingsOf(check('INV-8', accepted))[0]?.expected).toMatch(/its channel has not been moved/);
  });
});
