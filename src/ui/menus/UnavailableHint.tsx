import { Tooltip } from 'radix-ui';
import type { ReactElement } from 'react';

/**
 * The tooltip of an action the lab shows but does not run, e.g. "Not available in this version of the
 * lab." It opens on hover and on keyboard focus, and the trigger is described by it while open.
 */
export function UnavailableHint({ text, side = 'right', children }: { text: string; side?: 'right' | 'left' | 'bottom'; children: ReactElement }) {
  return (
    <Tooltip.Root>
      <Tooltip.Trigger asChild>{children}</Tooltip.Trigger>
      <Tooltip.Portal>
        <Tooltip.Content side={side} sideOffset={6} collisionPadding={8} className="lab-tooltip">
          {text}
        </Tooltip.Content>
      </Tooltip.Portal>
    </Tooltip.Root>
  );
}
