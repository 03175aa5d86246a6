import { Tooltip } from 'radix-ui';
import type { ReactNode } from 'react';
import { LabNotices } from '../lab/LabNotices';
import { PaneRow } from './PaneRow';
import './shell.css';
import { StatusBar } from './StatusBar';
import { TitleBar } from './TitleBar';
import { Toolbar } from './Toolbar';

export interface ConsoleFrameProps {
  menuBar: ReactNode;
  tree: ReactNode;
  centre: ReactNode;
  actions: ReactNode;
}

/**
 * The MMC window: caption, menu bar, toolbar, the three panes (console tree, centre, Actions) with
 * splitters, and the status bar. Layout only; each part subscribes to its own slice of the stores.
 */
export function ConsoleFrame({ menuBar, tree, centre, actions }: ConsoleFrameProps) {
  return (
    <Tooltip.Provider delayDuration={500} skipDelayDuration={200}>
      <div className="console">
        <TitleBar />
        <div className="menu-bar-row">{menuBar}</div>
        <Toolbar />
        <LabNotices />
        <PaneRow tree={tree} centre={centre} actions={actions} />
        <StatusBar />
      </div>
    </Tooltip.Provider>
  );
}
