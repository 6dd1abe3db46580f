import { build, type User } from '../domain/index.ts';
import type { ContentPools } from './content-pools.ts';
import type { WorldKnobs } from './world-knobs.ts';

/**
 * Users: the first `superAdmins` are Super Admins; the first `round(users × userHelpDeskAccessShare)`
 * hold help desk access (so Super Admins have it whenever anyone has). Names come from the pool,
 * addresses are derived so they stay plain.
 */
export function buildUsers(knobs: WorldKnobs, pools: ContentPools): User[] {
  const users: User[] = [];
  const withAccess = Math.round(knobs.users * knobs.userHelpDeskAccessShare);
  const names = pools.contactNames;
  for (let i = 0; i < knobs.users; i++) {
    // Walk the pool from its end so agents rarely share a name with the first contacts.
    const name = names[names.length - 1 - (i % names.length)] ?? `Agent ${i}`;
    const local = name.toLowerCase().replace(/[^a-z0-9]+/g, '.');
    users.push(
      build.user(`user-${i}`, {
        name,
        email: `${local}.${i}@agents.example.com`,
        superAdmin: i < knobs.superAdmins,
        helpDeskAccess: i < withAccess,
      }),
    );
  }
  return users;
}
