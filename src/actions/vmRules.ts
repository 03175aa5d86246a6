import type { VmState } from '../protocol';
import type { ActionContext } from './types';

/** VM items whose presence depends on the power state (hyperv-manager-ui.md §1.5). */
export type PowerItem = 'start' | 'turnOff' | 'shutDown' | 'save' | 'pause' | 'resume' | 'reset' | 'deleteSavedState' | 'delete';

const SHOWN_IN: Record<PowerItem, readonly VmState[]> = {
  start: ['Off', 'Saved'],
  turnOff: ['Running', 'Paused'],
  shutDown: ['Running', 'Paused'],
  save: ['Running', 'Paused'],
  pause: ['Running'],
  resume: ['Paused'],
  reset: ['Running', 'Paused'],
  deleteSavedState: ['Saved'],
  // "there is no Delete… on a running VM" (§1.5)
  delete: ['Off', 'Saved'],
};

/**
 * True when Hyper-V Manager can reach the server of `ctx`: a crashed (or powered-off) host answers nothing,
 * so the console shows its connection error and offers none of its VMs' actions.
 */
export function hostReachable(ctx: ActionContext): boolean {
  return ctx.host === null || ctx.host.power === 'On';
}

/** A VM is selected on a server the console can reach: every VM action requires it. */
export function hasReachableVm(ctx: ActionContext): boolean {
  return ctx.vm !== null && hostReachable(ctx);
}

/** True when Hyper-V Manager lists `item` for the VM of `ctx` in its current power state. */
export function powerItemShown(item: PowerItem, ctx: ActionContext): boolean {
  return ctx.vm !== null && hostReachable(ctx) && SHOWN_IN[item].includes(ctx.vm.state);
}

/** Checkpoint is offered whenever the VM is not between two power states. */
export function isSettled(ctx: ActionContext): boolean {
  return ctx.vm !== null && hostReachable(ctx) && ctx.vm.state !== 'Starting' && ctx.vm.state !== 'Stopping';
}
