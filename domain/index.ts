// The domain: plain types and tiny helpers shared by machines, rules, generators, scenarios and reports.
export * from './account.ts';
export * from './advice.ts';
export * from './channel.ts';
export * from './commands.ts';
export * from './conversation.ts';
export * from './diagram.ts';
export * from './errors.ts';
export * from './events.ts';
export * from './flat-string.ts';
export * from './operating-hours.ts';
export * from './policies.ts';
export * from './profiles.ts';
export * from './rule-ids.ts';
export * from './run-result.ts';
export * from './script.ts';
export * from './system.ts';
export * from './ticket.ts';
export * from './time.ts';
export * from './trace.ts';
export * from './user.ts';
export * from './validate-world.ts';
export * from './verdict.ts';
export * from './world.ts';
// The world builder as a namespace (`build.channel(...)`): its short names would shadow locals.
export * as build from './world-builder.ts';
export * from './message-kinds.ts';
export * from './script-cursor.ts';
