import type { shellEn } from '../shell';

/** French strings of ../shell.ts, in their own module so they load with the French chunk (performance T11). */
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
  'connect.browse': 'Parcourir…',
  'connect.browseUnavailable': 'La recherche dans Active Directory n’est pas disponible dans Replica Lab',
  'connect.ok': 'OK',
  'connect.cancel': 'Annuler',
  'connect.empty': 'Tapez le nom de l’ordinateur auquel vous connecter.',
  'connect.unknown':
    'Une erreur s’est produite lors de la tentative de connexion au serveur « {name} ». L’ordinateur « {name} » est introuvable. Vérifiez que vous avez correctement tapé le nom de l’ordinateur et que vous disposez d’un accès au réseau.',
};
