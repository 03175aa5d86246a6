/**
 * Console strings of the lab's teaching tools (the "Lab" menu and the end of a host's context menu).
 * Not in Hyper-V Manager: worded like a Windows console, in plain teaching language.
 */
export const labUiEn = {
  'lab.menu': 'Lab',
  'lab.menu.key': 'L',
  // The preset labs' display names (the status bar's "Lab: …"); the ids stay in URLs and lab files.
  'lab.preset.blank': 'Blank',
  'lab.preset.active-passive': 'Active–passive',
  'lab.preset.active-active': 'Active–active',
  'lab.preset.extended-chain': 'Extended chain',
  'lab.preset.branch-office-wan': 'Branch office (WAN)',
  'lab.preset.scale': 'Scale',
  'lab.action.firewall': 'Firewall…',
  'lab.action.crashHost': 'Cut Power (Crash Host)…',
  'lab.action.powerOnHost': 'Power On Host',
  'lab.action.networkLinks': 'Network Links…',
  'lab.action.eventViewer': 'Event Viewer',
  'lab.crash.title': 'Cut Power',
  'lab.crash.heading': "Do you want to cut the power of '{host}'?",
  'lab.crash.body':
    'This simulates a host crash: its running virtual machines stop at once, without closing their logs, and the host stops answering until you power it on again.',
  'lab.error.heading': "An error occurred while changing '{vm}'.",
  // Hyper-V Settings' reminder after enabling a listener (hyperv-replica.md §1.2, verbatim).
  'lab.firewallReminder.title': 'Settings',
  'lab.firewallReminder.heading': 'Configure the firewall to allow inbound traffic.',
  'lab.firewallReminder.body.HTTP':
    "Ensure the inbound TCP exception for port '{port}' is enabled in the firewall. If you are using Windows Firewall, enable “Hyper-V Replica HTTP Listener (TCP-In)” rule.",
  'lab.firewallReminder.body.HTTPS':
    "Ensure the inbound TCP exception for port '{port}' is enabled in the firewall. If you are using Windows Firewall, enable “Hyper-V Replica HTTPS Listener (TCP-In)” rule.",
} as const;
