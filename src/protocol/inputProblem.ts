/**
 * Why a piece of untrusted input (a command payload, a lab file, an autosave) was refused. Shared by the
 * worker's command schemas and the lab-file checks so both speak one translated vocabulary: each reason
 * maps to an i18n key `reason.<reason>` whose placeholders are filled from `params`.
 */
export const INPUT_REASONS = [
  'required',
  'notString',
  'notNumber',
  'notInteger',
  'notBoolean',
  'notObject',
  'notArray',
  'notFinite',
  'outOfRange',
  'tooLong',
  'tooMany',
  'notOneOf',
  'unknownField',
  'duplicate',
  'unknownHost',
  'unknownVm',
  'unknownRelationship',
  'unknownLink',
  'unknownSite',
  'invalidDate',
  'replicaAhead',
  'reservedName',
  'keyMismatch',
  'mismatch',
  'missingState',
  'unknownSlot',
  'inconsistent',
  'notJson',
  'fileTooLarge',
  'notLabFile',
  'wrongVersion',
  'invalid',
] as const;
export type InputReason = (typeof INPUT_REASONS)[number];

/** The first problem found in some input: where (a dotted path such as `hosts.0.name`) and why. */
export interface InputProblem {
  path: string;
  reason: InputReason;
  /** Placeholders of the reason's text (`min`, `max`, `allowed`, `value`…). */
  params: Record<string, string | number>;
}

export function isInputReason(value: unknown): value is InputReason {
  return (INPUT_REASONS as readonly unknown[]).includes(value);
}

/** The problem an error carries (a refused lab file throws one with its `problem`), if any. */
export function problemOf(err: unknown): InputProblem | undefined {
  if (typeof err !== 'object' || err === null || !('problem' in err)) return undefined;
  const p = err.problem;
  if (typeof p !== 'object' || p === null) return undefined;
  const { path, reason, params } = p as Partial<InputProblem>;
  if (typeof path !== 'string' || !isInputReason(reason) || typeof params !== 'object' || params === null) return undefined;
  return { path, reason, params };
}
