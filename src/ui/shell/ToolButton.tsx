import { Tooltip } from 'radix-ui';
import type { ReactNode } from 'react';
import { useT } from '../common/useT';

interface ToolButtonProps {
  label: string;
  /** Not simulated: shown disabled, its tooltip says so. */
  unavailable?: boolean;
  disabled?: boolean;
  pressed?: boolean;
  onClick?: () => void;
  children: ReactNode;
}

/**
 * A toolbar button with a tooltip. Disabled buttons keep focus and tooltip (aria-disabled), so a keyboard
 * user can still learn what they are.
 */
export function ToolButton({ label, unavailable = false, disabled = false, pressed, onClick, children }: ToolButtonProps) {
  const t = useT();
  const off = unavailable || disabled;
  return (
    <Tooltip.Root>
      <Tooltip.Trigger asChild>
        <button
          type="button"
          className="tool-button"
          aria-label={label}
          aria-disabled={off || undefined}
          aria-pressed={pressed}
          onClick={off ? undefined : onClick}
        >
          {children}
        </button>
      </Tooltip.Trigger>
      <Tooltip.Portal>
        <Tooltip.Content className="tooltip" side="bottom" align="start" sideOffset={6}>
          {unavailable ? t('toolbar.notSimulated', { label }) : label}
        </Tooltip.Content>
      </Tooltip.Portal>
    </Tooltip.Root>
  );
}
