export * from './version';
export type * from './enums';
export type * from './entities';
export type * from './snapshot';
export type * from './commands';
export type * from './errors';
export * from './inputProblem';
export * from './duration';
export * from './messages';
