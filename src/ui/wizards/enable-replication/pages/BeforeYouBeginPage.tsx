import { useId } from 'react';
import type { PageProps } from './pageProps';

interface Props extends PageProps {
  skip: boolean;
  onSkipChange: (skip: boolean) => void;
}

/** "Before You Begin": what the wizard does, with "Do not show this page again." (reference §2 page 1). */
export function BeforeYouBeginPage({ ctx, t, skip, onSkipChange }: Props) {
  const id = useId();
  return (
    <>
      <p className="dlg-hint">{t(`enableWizard.before.intro.${ctx.mode}`, { vm: ctx.vm })}</p>
      <p className="dlg-hint">{t('enableWizard.before.prereq')}</p>
      <p className="ew-link">{t('enableWizard.before.more')}</p>
      <div className="ew-bottom">
        <input id={id} type="checkbox" checked={skip} onChange={(e) => onSkipChange(e.target.checked)} />
        <label htmlFor={id}>{t('enableWizard.before.dontShow')}</label>
      </div>
    </>
  );
}
