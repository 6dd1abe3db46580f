/**
 * BUG: when a move completes, a channel that has BOTH an auto-reply and automation rules gets its
 * auto-reply switched off. The migration converts the channel's automation rules into help desk
 * workflows, and the converted workflow set includes a "send auto-reply" step; to avoid customers
 * getting two auto-replies the migration disables the channel's own auto-reply flag. A channel
 * with an auto-reply and no rules (or rules and no auto-reply) keeps its settings as they were.
 *
 * How it ships: the double-auto-reply incident was fixed in the migration, where the workflow
 * conversion happens, by flipping the channel setting rather than leaving the settings alone and
 * skipping the step in the converted workflow. The SET-1 test channel has an auto-reply and no
 * rules.
 *
 * Breaks: SET-1 (the channel's own settings — automation included — persist through the move
 * unchanged) and INV-7 (a channel's settings change that no rule licenses).
 *
 * Shows when: a moved channel has `settings.automation.autoReply: true` and a non-empty
 * `settings.automation.rules` (generated worlds: about 15% of channels), seen once the move has
 * completed.
 */
import type { Channel, SystemFactory } from '../../../domain/index.ts';
import { createReferenceSystem } from '../../../machines/index.ts';
import { Overlay, wrapSystem } from '../lib/wrap.ts';

const NAME = 'blind:auto-reply-dropped-with-rules';

const factory: SystemFactory = (world, options) => {
  const inner = createReferenceSystem(world, options);
  const overlay = new Overlay();
  return wrapSystem(NAME, inner, {
    after(_command, _result, fresh) {
      for (const event of fresh) {
        if (event.type !== 'move-completed') continue;
        const channel = inner.world().channels.find((c) => c.id === event.channelId);
        if (channel === undefined) continue;
        const { automation } = channel.settings;
        if (!automation.autoReply || automation.rules.length === 0) continue;
        overlay.channels.set(channel.id, (c: Channel) => ({
          ...c,
          settings: { ...c.settings, automation: { ...c.settings.automation, autoReply: false } },
        }));
      }
      return fresh;
    },
    world: (w) => overlay.apply(w),
  });
};

export default factory;
