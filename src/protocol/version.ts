/** Bumped whenever a message, command or snapshot shape changes incompatibly. */
export const PROTOCOL_VERSION = 2;
