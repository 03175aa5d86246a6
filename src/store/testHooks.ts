/**
 * Test hooks of the page (README, "Opening a lab: URL parameters"). `?fault=render` arms a render fault:
 * a console component throws while drawing until a recovery is chosen on the recovery screen, so a
 * Playwright test can reach that screen without a real bug.
 */
let renderFault = false;

/** Arms the render fault (`?fault=render`, read by main.tsx). */
export function armRenderFault(): void {
  renderFault = true;
}

/** Disarms it: the recovery screen calls this before bringing the console back. */
export function disarmRenderFault(): void {
  renderFault = false;
}

export function isRenderFaultArmed(): boolean {
  return renderFault;
}
