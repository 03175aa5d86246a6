import { Dialog } from 'radix-ui';
import type { ButtonHTMLAttributes, ReactNode } from 'react';
import './frames.css';

export interface ModalDialogProps {
  /** The window title: the dialog's accessible name. */
  title: string;
  children: ReactNode;
  /** The button row (right-aligned, grey band), e.g. OK / Cancel / Apply. */
  footer?: ReactNode;
  /** Escape and the title bar's close button. */
  onClose: () => void;
  /** Extra class for size (`modal--wizard`, `modal--settings`, `modal--small`). */
  className?: string;
  testId?: string;
}

/**
 * A Windows dialog window: title bar, body, button band. Modal, named by its title, focus kept inside,
 * Escape closes. Every dialog and wizard of the console is drawn in one of these.
 */
export function ModalDialog({ title, children, footer, onClose, className, testId }: ModalDialogProps) {
  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="modal-overlay" />
        <Dialog.Content className={`modal ${className ?? ''}`} aria-describedby={undefined} data-testid={testId}>
          <div className="modal__titlebar">
            <Dialog.Title className="modal__title">{title}</Dialog.Title>
          </div>
          <div className="modal__body">{children}</div>
          {footer && <div className="modal__buttons">{footer}</div>}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

/** A Windows push button of a dialog's button band. */
export function DialogButton({ children, ...rest }: ButtonHTMLAttributes<HTMLButtonElement>) {
  return (
    <button type="button" className="dlg-button" {...rest}>
      {children}
    </button>
  );
}

/** An error shown where the user is looking (on the page that caused it), announced to screen readers. */
export function PageError({ message, label }: { message: string | null; label: string }) {
  if (!message) return null;
  return (
    <div className="page-error" role="alert" aria-label={label}>
      <span className="page-error__icon" aria-hidden="true">
        ✕
      </span>
      <span className="page-error__text">{message}</span>
    </div>
  );
}
