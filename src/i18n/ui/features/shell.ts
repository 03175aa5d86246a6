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

export const shellFr: Record<keyof typeof shellEn, string> = {
  'shell.hyperVManager': 'Gestionnaire Hyper-V',
  'shell.windowControls': 'Contrôles de la fenêtre',

  'toolbar.label': 'Barre d’outils standard',
  'toolbar.back': 'Précédent',
  'toolbar.forward': 'Suivant',
  'toolbar.up': 'Monter d’un niveau',
  'toolbar.showHideTree': 'Afficher/Masquer l’arborescence de la console',
  'toolbar.help': 'Aide',
  'toolbar.showHideActions': 'Afficher/Masquer le volet Actions',
  'toolbar.notSimulated': '{label} (non disponible dans Replica Lab)',
  'language.label': 'Langue',
  'language.en': 'English',
  'language.fr': 'Français',

  'splitter.tree': 'Redimensionner l’arborescence de la console',
  'splitter.actions': 'Redimensionner le volet Actions',
  'splitter.checkpoints': 'Redimensionner le volet Points de contrôle',
  'splitter.details': 'Redimensionner le volet des détails',

  'tree.label': 'Arborescence de la console',
  'tree.cannotConnect': 'Impossible de se connecter à ce serveur',

  'intro.title': 'Gestionnaire Hyper-V',
  'intro.introduction': 'Introduction',
  'intro.body':
    'Hyper-V fournit les outils et les services qui permettent de créer et de gérer des machines virtuelles et leurs ressources. Chaque machine virtuelle est un système informatique virtualisé qui fonctionne dans un environnement d’exécution isolé. Vous pouvez ainsi exécuter simultanément plusieurs systèmes d’exploitation sur un même ordinateur.',
  'intro.getStarted': 'Prise en main',
  'intro.servers':
    'Sélectionnez un serveur dans l’arborescence de la console pour afficher ses machines virtuelles, ou utilisez Se connecter au serveur... pour ajouter un serveur de ce laboratoire.',
  'intro.lab': 'Replica Lab simule les serveurs du laboratoire « {lab} » ; rien ne s’exécute sur un véritable hôte Hyper-V.',

  'host.connectError':
    'Une erreur s’est produite lors de la tentative de connexion au serveur « {host} ». Vérifiez que le service de gestion d’ordinateurs virtuels est en cours d’exécution et que vous êtes autorisé à vous connecter au serveur.',
  'host.connectErrorDetail': 'Le serveur « {host} » ne répond pas : le laboratoire a coupé son alimentation.',

  'status.label': 'Barre d’état',

  'connect.title': 'Sélectionner un ordinateur',
  'connect.group': 'Se connecter au serveur de virtualisation',
  'connect.local': 'Ordinateur local (l’ordinateur sur lequel cette console s’exécute)',
  'connect.another': 'Un autre ordinateur :',
  'connect.browse': 'Parcourir...',
  'connect.browseUnavailable': 'La recherche dans Active Directory n’est pas disponible dans Replica Lab',
  'connect.ok': 'OK',
  'connect.cancel': 'Annuler',
  'connect.empty': 'Tapez le nom de l’ordinateur auquel vous connecter.',
  'connect.unknown':
    'Une erreur s’est produite lors de la tentative de connexion au serveur « {name} ». L’ordinateur « {name} » est introuvable. Vérifiez que vous avez correctement tapé le nom de l’ordinateur et que vous disposez d’un accès au réseau.',
};
