import type { CommandResult, SimErrorCode, Vm, VmRef } from '../../protocol';
import type { World } from '../model/world';

export type Failure = Extract<CommandResult, { ok: false }>;

export function fail(code: SimErrorCode, params: Record<string, string | number> = {}): Failure {
  return { ok: false, error: { code, params } };
}

export const OK: CommandResult = { ok: true };

/** Resolves `-ComputerName/-VMName`, with the errors Hyper-V gives when either is wrong. */
export function resolveVm(world: World, ref: VmRef): Vm | Failure {
  const host = world.resolveHost(ref.host);
  if (!host) return fail('HostNotFound', { host: ref.host });
  if (host.power !== 'On') return fail('HostNotRunning', { host: host.name });
  const vm = world.findVm(host.name, ref.vm);
  if (!vm) return fail('VmNotFound', { vm: ref.vm, host: host.name });
  return vm;
}

export function isFailure(value: unknown): value is Failure {
  return typeof value === 'object' && value !== null && 'ok' in value && value.ok === false;
}
