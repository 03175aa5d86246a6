import { useT } from '../common/useT';
import { AppIcon } from './ToolbarIcons';

/** The window caption "Hyper-V Manager" with (decorative) window buttons. */
export function TitleBar() {
  const t = useT();
  return (
    <header className="title-bar">
      <AppIcon />
      <h1 className="title-bar-text">{t('shell.hyperVManager')}</h1>
      <div className="title-bar-controls" aria-hidden="true">
        <span className="title-bar-button">&#x2013;</span>
        <span className="title-bar-button">&#x2610;</span>
        <span className="title-bar-button title-bar-button--close">&#x2715;</span>
      </div>
    </header>
  );
}
