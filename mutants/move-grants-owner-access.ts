/**
 * INV-7: the move "fixes up" ownership by giving help desk access to every owner of a moved
 * conversation who lacked it (a seat assigned behind the admin's back), though only a
 * set-help-desk-access command changes a user's access. Tickets are still created as the rules say.
 */
import { wrapReference } from './wrap-reference.ts';

export default wrapReference('bad:move-grants-owner-access', () => {
  const moved = new Set<string>();
  return {
    event: (event) => {
      if (event.type === 'conversation-moved') moved.add(event.conversationId);
      return event;
    },
    world: (world) => {
      if (moved.size === 0) return world;
      const owners = new Set<string>();
      for (const c of world.conversations) if (c.ownerId !== null && moved.has(c.id)) owners.add(c.ownerId);
      return {
        ...world,
        users: world.users.map((u) =>
          u.helpDeskAccess || !owners.has(u.id) ? u : { ...u, helpDeskAccess: true },
        ),
      };
    },
  };
});
