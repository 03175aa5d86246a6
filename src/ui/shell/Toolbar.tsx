import type { KeyboardEvent } from 'react';
import { selectHost, useUi } from '../../store/uiStore';
import { useT } from '../common/useT';
import { SpeedSelect } from '../lab/SpeedSelect';
import { LanguageSwitch } from './LanguageSwitch';
import { togglePane, usePaneLayout } from './paneLayout';
import { ToolButton } from './ToolButton';
import { ActionPaneIcon, BackIcon, ForwardIcon, HelpIcon, TreePaneIcon, UpIcon } from './ToolbarIcons';

/** Left/Right move between the toolbar's buttons (WAI-ARIA toolbar). */
function onToolbarKeyDown(event: KeyboardEvent<HTMLDivElement>) {
  if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button')];
  const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
  if (index < 0) return;
  event.preventDefault();
  const next = (index + (event.key === 'ArrowRight' ? 1 : buttons.length - 1)) % buttons.length;
  buttons[next]?.focus();
}

/** The MMC standard toolbar, then the lab's own controls (speed, language) on the right. */
export function Toolbar() {
  const t = useT();
  const atRoot = useUi((ui) => ui.selectedHost === null);
  const treeVisible = usePaneLayout((l) => l.treeVisible);
  const actionsVisible = usePaneLayout((l) => l.actionsVisible);
  return (
    <div className="toolbar-row">
      <div role="toolbar" aria-label={t('toolbar.label')} className="toolbar" onKeyDown={onToolbarKeyDown}>
        <ToolButton label={t('toolbar.back')} unavailable>
          <BackIcon />
        </ToolButton>
        <ToolButton label={t('toolbar.forward')} unavailable>
          <ForwardIcon />
        </ToolButton>
        <span className="toolbar-separator" aria-hidden="true" />
        <ToolButton label={t('toolbar.up')} disabled={atRoot} onClick={() => selectHost(null)}>
          <UpIcon />
        </ToolButton>
        <ToolButton label={t('toolbar.showHideTree')} pressed={treeVisible} onClick={() => togglePane('tree')}>
          <TreePaneIcon />
        </ToolButton>
        <span className="toolbar-separator" aria-hidden="true" />
        <ToolButton label={t('toolbar.help')} unavailable>
          <HelpIcon />
        </ToolButton>
        <ToolButton label={t('toolbar.showHideActions')} pressed={actionsVisible} onClick={() => togglePane('actions')}>
          <ActionPaneIcon />
        </ToolButton>
      </div>
      <div className="toolbar-lab">
        <SpeedSelect />
        <LanguageSwitch />
      </div>
    </div>
  );
}
