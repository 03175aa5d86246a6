import { isRenderFaultArmed } from '../../store/testHooks';

/** Test hook (`?fault=render`): throws while drawing until the recovery screen disarms it; otherwise draws nothing. */
export function RenderFaultProbe() {
  if (isRenderFaultArmed()) throw new Error('Render fault requested by the ?fault=render test hook.');
  return null;
}
