/**
 * The gate every command passes before the engine runs it: an untrusted payload becomes a typed `Command`
 * or a typed error, never an exception. Imported by the engine (worker bundle): `zod/mini` only.
 */
import type * as z from 'zod/mini';
import type { Command, CommandType } from './commands';
import { COMMAND_SCHEMAS } from './commandSchema';
import type { SimError } from './errors';
import type { InputProblem, InputReason } from './inputProblem';
import { INPUT_REASONS } from './inputProblem';

export type CheckedCommand = { ok: true; command: Command } | { ok: false; error: SimError };

/** Longest unknown command name echoed back in an error (the text must stay readable). */
const MAX_ECHOED_TYPE = 80;

/**
 * Checks a command payload against its schema.
 * @returns the command (a fresh copy: nothing the caller keeps is stored by the engine), or
 *   `UnknownCommand {type}` when `type` names no command, or `InvalidParameter {command, field, reason…}`
 *   naming the first problem (`field` is its dotted path, e.g. `ipv4.address`).
 */
export function checkCommand(input: unknown): CheckedCommand {
  let type: unknown;
  let parsed: ReturnType<z.ZodMiniType<Command>['safeParse']>;
  try {
    type = typeof input === 'object' && input !== null ? (input as { type?: unknown }).type : undefined;
    if (!isCommandType(type)) return { ok: false, error: { code: 'UnknownCommand', params: { type: echoType(type) } } };
    const schema: z.ZodMiniType<Command> = COMMAND_SCHEMAS[type];
    parsed = schema.safeParse(input);
  } catch {
    // Only exotic callers get here (a getter or Proxy that throws); worker messages are plain data.
    return isCommandType(type) ? invalid(type, { path: '', reason: 'invalid', params: {} }) : { ok: false, error: { code: 'UnknownCommand', params: { type: '' } } };
  }
  if (parsed.success) return { ok: true, command: parsed.data };
  const issue = parsed.error.issues[0];
  return invalid(type, issue ? problemOf(issue, input) : { path: '', reason: 'invalid', params: {} });
}

function isCommandType(type: unknown): type is CommandType {
  // Own keys only: `toString` or `__proto__` must not find Object.prototype's members.
  return typeof type === 'string' && Object.hasOwn(COMMAND_SCHEMAS, type);
}

function echoType(type: unknown): string {
  const text = typeof type === 'string' ? type : type === undefined ? '' : typeof type;
  return text.length > MAX_ECHOED_TYPE ? `${text.slice(0, MAX_ECHOED_TYPE)}…` : text;
}

function invalid(command: CommandType, problem: InputProblem): CheckedCommand {
  return { ok: false, error: { code: 'InvalidParameter', params: { ...problem.params, command, field: problem.path || '(command)', reason: problem.reason } } };
}

/** The value at `path` in the raw input (to tell a missing field from a wrong one, NaN from text…). */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const EXPECTED: Record<string, InputReason> = {
  string: 'notString',
  number: 'notNumber',
  int: 'notInteger',
  boolean: 'notBoolean',
  object: 'notObject',
  array: 'notArray',
};

/** PowerShell spells booleans `$true` / `$false` in its messages. */
const showValue = (v: unknown): string => (v === true ? '$true' : v === false ? '$false' : String(v));

/** Translates zod's first issue into the shared input vocabulary (`reason.*` texts in EN and FR). */
function problemOf(issue: z.core.$ZodIssue, input: unknown): InputProblem {
  const path = issue.path.map(String).join('.');
  const value = valueAt(input, issue.path);
  const at = (reason: InputReason, params: InputProblem['params'] = {}): InputProblem => ({ path, reason, params });
  switch (issue.code) {
    case 'invalid_type': {
      if (value === undefined) return at('required');
      const reason = EXPECTED[issue.expected] ?? 'invalid';
      if ((reason === 'notNumber' || reason === 'notInteger') && typeof value === 'number' && !Number.isFinite(value)) return at('notFinite');
      return at(reason);
    }
    case 'too_big':
    case 'too_small':
      if (issue.origin === 'string') return at('tooLong', { max: Number(issue.code === 'too_big' ? issue.maximum : 0) });
      if (issue.origin === 'array') return at('tooMany', { max: Number(issue.code === 'too_big' ? issue.maximum : 0) });
      return at('outOfRange', { min: issue.code === 'too_small' ? Number(issue.minimum) : -Number.MAX_SAFE_INTEGER, max: issue.code === 'too_big' ? Number(issue.maximum) : Number.MAX_SAFE_INTEGER });
    case 'invalid_value':
      return at('notOneOf', { allowed: issue.values.map(showValue).join(', ') });
    case 'unrecognized_keys':
      return { path: [...issue.path, issue.keys[0] ?? ''].map(String).join('.'), reason: 'unknownField', params: {} };
    case 'custom':
      return customProblem(path, value, issue.params);
    default:
      return at('invalid');
  }
}

/** Our own refinements carry `{ reason, ...params }`; anything else is a plain "not valid". */
function customProblem(path: string, value: unknown, params: Record<string, unknown> | undefined): InputProblem {
  const { reason, ...rest } = params ?? {};
  if (!isReason(reason)) return { path, reason: 'invalid', params: {} };
  if (value === undefined) return { path, reason: 'required', params: {} };
  const filled: InputProblem['params'] = {};
  for (const [k, v] of Object.entries(rest)) if (typeof v === 'string' || typeof v === 'number') filled[k] = v;
  return { path, reason, params: filled };
}

function isReason(value: unknown): value is InputReason {
  return typeof value === 'string' && (INPUT_REASONS as readonly string[]).includes(value);
}
