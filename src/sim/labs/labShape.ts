/**
 * A tiny path-tracking validator for lab files (no dependency, so the worker bundle stays small). Each
 * check returns the first problem it finds, as an {@link InputProblem}, or null.
 */
import type { InputProblem, InputReason } from '../../protocol/inputProblem';
import { LAB_LIMITS } from '../../protocol/labLimits';

export type Check = (value: unknown, path: string) => InputProblem | null;

export function problem(path: string, reason: InputReason, params: InputProblem['params'] = {}): InputProblem {
  return { path, reason, params };
}

export function at(path: string, key: string | number): string {
  return path === '' ? String(key) : `${path}.${key}`;
}

/** Names the UI uses as plain-object keys must not be Object.prototype's own (`__proto__`, `constructor`…). */
export function isReservedName(name: string): boolean {
  return name in Object.prototype;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const str =
  (max: number = LAB_LIMITS.textChars): Check =>
  (v, path) => {
    if (typeof v !== 'string') return problem(path, 'notString');
    if (v.length > max) return problem(path, 'tooLong', { max });
    return null;
  };

/** A name or id: non-empty, at most {@link LAB_LIMITS.nameChars}, not a reserved object key. */
export const name: Check = (v, path) => {
  if (typeof v !== 'string') return problem(path, 'notString');
  if (v.length > LAB_LIMITS.nameChars) return problem(path, 'tooLong', { max: LAB_LIMITS.nameChars });
  if (v.trim() === '') return problem(path, 'required');
  if (isReservedName(v)) return problem(path, 'reservedName', { value: v });
  return null;
};

export const num =
  (min: number, max: number): Check =>
  (v, path) => {
    if (typeof v !== 'number') return problem(path, 'notNumber');
    if (!Number.isFinite(v)) return problem(path, 'notFinite');
    if (v < min || v > max) return problem(path, 'outOfRange', { min, max });
    return null;
  };

export const int =
  (min: number, max: number): Check =>
  (v, path) => {
    if (typeof v !== 'number') return problem(path, 'notNumber');
    if (!Number.isFinite(v)) return problem(path, 'notFinite');
    if (!Number.isInteger(v)) return problem(path, 'notInteger');
    if (v < min || v > max) return problem(path, 'outOfRange', { min, max });
    return null;
  };

export const bool: Check = (v, path) => (typeof v === 'boolean' ? null : problem(path, 'notBoolean'));

export const oneOf =
  (values: readonly (string | number)[]): Check =>
  (v, path) =>
    (values as readonly unknown[]).includes(v) ? null : problem(path, 'notOneOf', { allowed: values.join(', ') });

export const literal =
  (value: string | number, reason: InputReason): Check =>
  (v, path) =>
    v === value ? null : problem(path, reason);

export const nullable =
  (check: Check): Check =>
  (v, path) =>
    v === null ? null : check(v, path);

/** Marks a field an older file may lack (the importer fills it in). */
export interface Optional {
  optional: Check;
}
export const optional = (check: Check): Optional => ({ optional: check });

/** Any JSON value of bounded size (fields this version does not know, e.g. written by a newer one). */
export const boundedJson =
  (depth = 6): Check =>
  (v, path) => {
    if (v === null || typeof v === 'boolean') return null;
    if (typeof v === 'number') return Number.isFinite(v) ? null : problem(path, 'notFinite');
    if (typeof v === 'string') return str()(v, path);
    if (depth <= 0 || typeof v !== 'object') return problem(path, 'invalid');
    if (Array.isArray(v)) return list(boundedJson(depth - 1), LAB_LIMITS.listItems)(v, path);
    return record(boundedJson(depth - 1), LAB_LIMITS.listItems)(v, path);
  };

const extraField = boundedJson();

export const obj =
  (shape: Record<string, Check | Optional>): Check =>
  (v, path) => {
    if (!isPlainObject(v)) return problem(path, 'notObject');
    for (const key in shape) {
      const spec = shape[key] as Check | Optional;
      const value = Object.prototype.hasOwnProperty.call(v, key) ? v[key] : undefined;
      if (value === undefined) {
        if (typeof spec === 'function') return problem(at(path, key), 'required');
        continue;
      }
      const found = (typeof spec === 'function' ? spec : spec.optional)(value, at(path, key));
      if (found) return found;
    }
    for (const key of Object.keys(v)) {
      if (Object.prototype.hasOwnProperty.call(shape, key)) continue;
      if (isReservedName(key)) return problem(at(path, key), 'reservedName', { value: key });
      const found = extraField(v[key], at(path, key));
      if (found) return found;
    }
    return null;
  };

/** A list: its length is checked before any item is read. */
export const list =
  (item: Check, max: number): Check =>
  (v, path) => {
    if (!Array.isArray(v)) return problem(path, 'notArray');
    if (v.length > max) return problem(path, 'tooMany', { max });
    for (let i = 0; i < v.length; i++) {
      const found = item(v[i], at(path, i));
      if (found) return found;
    }
    return null;
  };

export const tuple =
  (items: readonly Check[]): Check =>
  (v, path) => {
    if (!Array.isArray(v)) return problem(path, 'notArray');
    if (v.length !== items.length) return problem(path, 'invalid');
    for (let i = 0; i < items.length; i++) {
      const found = (items[i] as Check)(v[i], at(path, i));
      if (found) return found;
    }
    return null;
  };

/** An object used as a dictionary: bounded key count, keys are names, values checked. */
export const record =
  (value: Check, max: number, key: Check = name): Check =>
  (v, path) => {
    if (!isPlainObject(v)) return problem(path, 'notObject');
    const keys = Object.keys(v);
    if (keys.length > max) return problem(path, 'tooMany', { max });
    for (const k of keys) {
      const keyProblem = key(k, at(path, k));
      if (keyProblem) return keyProblem;
      const found = value(v[k], at(path, k));
      if (found) return found;
    }
    return null;
  };

/** A dictionary key that may be long (a random stream's name joins host and VM names). */
export const longName: Check = (v, path) => {
  if (typeof v !== 'string') return problem(path, 'notString');
  if (v.length > LAB_LIMITS.textChars) return problem(path, 'tooLong', { max: LAB_LIMITS.textChars });
  if (isReservedName(v)) return problem(path, 'reservedName', { value: v });
  return null;
};
