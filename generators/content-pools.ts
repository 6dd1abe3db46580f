import { base, en, Faker } from '@faker-js/faker';
import { HOSTILE_STRINGS } from './hostile-strings.ts';
import type { Prng } from './prng.ts';

/** Realistic text built once per generation with a seeded faker; records pick from it. */
export interface ContentPools {
  readonly companyName: string;
  /** Contact names and their addresses, index-aligned. */
  readonly contactNames: readonly string[];
  readonly contactEmails: readonly string[];
  readonly subjects: readonly string[];
  readonly contactBodies: readonly string[];
  readonly agentBodies: readonly string[];
}

/**
 * Builds the pools with a fresh `Faker` instance seeded with `seed` (never the global one, so
 * nothing else that uses faker can shift our output). Each pool has `size` entries.
 */
export function buildContentPools(seed: number, size: number): ContentPools {
  const faker = new Faker({ locale: [en, base] });
  faker.seed(seed);
  const contactNames: string[] = [];
  const contactEmails: string[] = [];
  const subjects: string[] = [];
  const contactBodies: string[] = [];
  const agentBodies: string[] = [];
  const companyName = faker.company.name();
  const subjectTemplates: readonly (() => string)[] = [
    () => `Question about ${faker.commerce.productName()}`,
    () => `Order #${faker.string.numeric(6)} has not arrived`,
    () => `Refund request for ${faker.commerce.product().toLowerCase()}`,
    () => `Can't log in to ${faker.company.name()}`,
    () => `Invoice ${faker.string.alphanumeric({ length: 8, casing: 'upper' })} looks wrong`,
    () => `Re: ${faker.hacker.phrase()}`,
    () => `Demo request: ${faker.company.catchPhrase()}`,
  ];
  for (let i = 0; i < size; i++) {
    const firstName = faker.person.firstName();
    const lastName = faker.person.lastName();
    contactNames.push(`${firstName} ${lastName}`);
    contactEmails.push(faker.internet.email({ firstName, lastName }).toLowerCase());
    subjects.push(faker.helpers.arrayElement(subjectTemplates)());
    contactBodies.push(
      `Hi, ${faker.hacker.phrase()} ${faker.commerce.productDescription()} Thanks, ${firstName}`,
    );
    agentBodies.push(
      `Hello ${faker.person.firstName()}, thanks for reaching out. ${faker.company.catchPhrase()}: ` +
        `${faker.hacker.phrase()} Best regards, ${faker.person.fullName()}`,
    );
  }
  return { companyName, contactNames, contactEmails, subjects, contactBodies, agentBodies };
}

/** Picks from `pool`, or with probability `hostileShare` a hostile string instead. */
export function pickText(prng: Prng, pool: readonly string[], hostileShare: number): string {
  return prng.chance(hostileShare) ? prng.pick(HOSTILE_STRINGS) : prng.pick(pool);
}
