import type { FormEvent, ReactNode } from 'react';
import { useDialogT } from '../../common/useDialogT';
import { DialogButton, ModalDialog, PageError } from '../../dialogs/ModalDialog';

export interface WizardStep {
  id: string;
  /** The label in the steps list (also the page heading unless `heading` is given). */
  label: string;
}

export interface WizardFrameProps {
  /** Window title, e.g. "Enable Replication for Vm1". */
  title: string;
  steps: readonly WizardStep[];
  current: number;
  /** Big heading of the current page (defaults to the step's label). */
  heading?: string;
  children: ReactNode;
  /** The error the last Next > / Finish got, shown on this page. */
  error?: string | null;
  /** A Next > or Finish is being checked by the engine: buttons wait. */
  busy?: boolean;
  canPrevious?: boolean;
  canNext?: boolean;
  canFinish?: boolean;
  onPrevious: () => void;
  onNext: () => void;
  onFinish: () => void;
  onCancel: () => void;
  /** Replaces the buttons (e.g. the final page only has Close). */
  footer?: ReactNode;
}

/**
 * A Hyper-V wizard window: the steps on the left (current one bold), the page heading and content on
 * the right, and "< Previous", "Next >", "Finish", "Cancel". Enter presses Next > (or Finish on the last page).
 */
export function WizardFrame(props: WizardFrameProps) {
  const t = useDialogT();
  const { steps, current, busy = false } = props;
  const step = steps[current];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (props.canNext) props.onNext();
    else if (props.canFinish) props.onFinish();
  };
  const footer = props.footer ?? (
    <>
      <DialogButton disabled={busy || !props.canPrevious} onClick={props.onPrevious}>
        {t('button.previous')}
      </DialogButton>
      <DialogButton disabled={busy || !props.canNext} onClick={props.onNext}>
        {t('button.next')}
      </DialogButton>
      <DialogButton disabled={busy || !props.canFinish} onClick={props.onFinish}>
        {t('button.finish')}
      </DialogButton>
      <DialogButton onClick={props.onCancel}>{t('button.cancel')}</DialogButton>
    </>
  );
  return (
    <ModalDialog title={props.title} onClose={props.onCancel} className="modal--wizard" footer={footer} testId="wizard">
      <div className="wizard">
        <div className="wizard__banner">
          <span className="wizard__banner-icon" aria-hidden="true" />
          <h2 className="wizard__heading">{props.heading ?? step?.label}</h2>
        </div>
        <div className="wizard__main">
          <nav className="wizard__steps" aria-label={t('wizard.steps')}>
            <ol>
              {steps.map((s, i) => (
                <li key={s.id} className={i === current ? 'is-current' : undefined} aria-current={i === current ? 'step' : undefined}>
                  {s.label}
                </li>
              ))}
            </ol>
          </nav>
          <form className="wizard__page" onSubmit={submit} noValidate aria-busy={busy}>
            <PageError message={props.error ?? null} label={t('dialog.pageError')} />
            {props.children}
            {/* Lets Enter submit the page form without a visible extra button. */}
            <button type="submit" hidden tabIndex={-1} />
          </form>
        </div>
      </div>
    </ModalDialog>
  );
}
