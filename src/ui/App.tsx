import { useEffect } from 'react';
import { ActionsPane } from './actions-pane/ActionsPane';
import './app.css';
import { DialogHost } from './dialogs/DialogHost';
import { HostContextMenu } from './menus/HostContextMenu';
import { MenuBar } from './menus/MenuBar';
import { CentrePane } from './shell/CentrePane';
import { ConsoleFrame } from './shell/ConsoleFrame';
import { followLabLoads } from './shell/followLabLoads';
import { listenForConnectToServer } from './tree/connectDialogStore';
import { ConnectToServerDialog } from './tree/ConnectToServerDialog';
import { ConsoleTree } from './tree/ConsoleTree';

/**
 * Hyper-V Manager: the console frame with its slots filled. No state of its own, so it never re-renders;
 * every part subscribes to its own slice of the stores.
 */
export function App() {
  useEffect(() => followLabLoads(), []);
  useEffect(() => listenForConnectToServer(), []);
  return (
    <>
      <ConsoleFrame menuBar={<MenuBar />} tree={<ConsoleTree itemMenu={HostContextMenu} />} centre={<CentrePane />} actions={<ActionsPane />} />
      <ConnectToServerDialog />
      <DialogHost />
    </>
  );
}
