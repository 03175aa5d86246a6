import type { labUiEn } from '../labUi';

/** French strings of ../labUi.ts, in their own module so they load with the French chunk (performance T11). */
export const labUiFr: Record<keyof typeof labUiEn, string> = {
  'lab.menu': 'Laboratoire',
  'lab.preset.blank': 'Vierge',
  'lab.preset.active-passive': 'Actif–passif',
  'lab.preset.active-active': 'Actif–actif',
  'lab.preset.extended-chain': 'Chaîne étendue',
  'lab.preset.branch-office-wan': 'Agence (WAN)',
  'lab.preset.scale': 'Montée en charge',
  'lab.menu.key': 'L',
  'lab.action.firewall': 'Pare-feu…',
  'lab.action.crashHost': 'Couper l’alimentation (panne de l’hôte)…',
  'lab.action.powerOnHost': 'Mettre l’hôte sous tension',
  'lab.action.networkLinks': 'Liens réseau…',
  'lab.action.eventViewer': 'Observateur d’événements',
  'lab.crash.title': 'Couper l’alimentation',
  'lab.crash.heading': "Voulez-vous couper l’alimentation de '{host}' ?",
  'lab.crash.body':
    'Cela simule une panne de l’hôte : ses ordinateurs virtuels en cours d’exécution s’arrêtent immédiatement, sans fermer leurs journaux, et l’hôte ne répond plus jusqu’à sa remise sous tension.',
  'lab.error.heading': "Une erreur s’est produite lors de la modification de '{vm}'.",
  'lab.firewallReminder.title': 'Paramètres',
  'lab.firewallReminder.heading': 'Configurez le pare-feu pour autoriser le trafic entrant.',
  'lab.firewallReminder.body.HTTP':
    "Vérifiez que l’exception TCP entrante pour le port '{port}' est activée dans le pare-feu. Si vous utilisez le Pare-feu Windows, activez la règle « Écouteur HTTP de réplica Hyper-V (TCP-entrant) ».",
  'lab.firewallReminder.body.HTTPS':
    "Vérifiez que l’exception TCP entrante pour le port '{port}' est activée dans le pare-feu. Si vous utilisez le Pare-feu Windows, activez la règle « Écouteur HTTPS de réplica Hyper-V (TCP-entrant) ».",
};
