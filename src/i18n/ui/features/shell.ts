/**
 * Console strings of the shell feature: window, toolbar, console tree, status bar, Connect to Server.
 * French uses Microsoft's terms (hyperv-manager-ui.md §5; the course wording wins where they differ).
 */
export const shellEn = {
  'shell.hyperVManager': 'Hyper-V Manager',
  'shell.windowControls': 'Window controls',

  'toolbar.label': 'Standard toolbar',
  'toolbar.back': 'Back',
  'toolbar.forward': 'Forward',
  'toolbar.up': 'Up One Level',
  'toolbar.showHideTree': 'Show/Hide Console Tree',
  'toolbar.help': 'Help',
  'toolbar.showHideActions': 'Show/Hide Action Pane',
  'toolbar.notSimulated': '{label} (not available in Replica Lab)',
  'language.label': 'Language',
  'language.en': 'English',
  'language.fr': 'Français',

  'splitter.tree': 'Resize the console tree',
  'splitter.actions': 'Resize the Actions pane',
  'splitter.checkpoints': 'Resize the Checkpoints pane',
  'splitter.details': 'Resize the details pane',

  'tree.label': 'Console tree',
  'tree.cannotConnect': 'Cannot connect to this server',

  'intro.title': 'Hyper-V Manager',
  'intro.introduction': 'Introduction',
  'intro.body':
    'Hyper-V provides the tools and services you can use to create and manage virtual machines and their resources. Each virtual machine is a virtualized computer system that operates in an isolated execution environment. This allows you to run multiple operating systems simultaneously on one computer.',
  'intro.getStarted': 'Getting started',
  'intro.servers': 'Select a server in the console tree to see its virtual machines, or use Connect to Server... to add a server of this lab.',
  'intro.lab': 'Replica Lab simulates the servers of the lab “{lab}”; nothing runs on a real Hyper-V host.',

  'host.connectError':
    'An error occurred while attempting to connect to server “{host}”. Check that the Virtual Machine Management service is running and that you are authorized to connect to the server.',
  'host.connectErrorDetail': 'The server “{host}” is not responding: the lab cut its power.',

  'status.label': 'Status bar',

  'connect.title': 'Select Computer',
  'connect.group': 'Connect to virtualization server',
  'connect.local': 'Local computer (the computer this console is running on)',
  'connect.another': 'Another computer:',
  'connect.browse': 'Browse...',
  'connect.browseUnavailable': 'Browsing Active Directory is not available in Replica Lab',
  'connect.ok': 'OK',
  'connect.cancel': 'Cancel',
  'connect.empty': 'Type the name of the computer to connect to.',
  'connect.unknown':
    'An error occurred while attempting to connect to server “{name}”. Computer “{name}” could not be resolved. Make sure you typed the computer name correctly and that you have network access.',
} as const;
