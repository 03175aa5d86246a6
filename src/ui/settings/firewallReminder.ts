import type { MessageBoxSpec } from '../../actions/types';

/**
 * The box Hyper-V Settings shows after OK/Apply with a listener enabled (hyperv-replica.md §1.2), one per
 * listener. The real box also has "Please don't show me this again"; the lab always reminds.
 */
export function firewallReminder(rule: 'HTTP' | 'HTTPS', port: string): MessageBoxSpec {
  return {
    icon: 'warning',
    title: { key: 'lab.firewallReminder.title' },
    heading: { key: 'lab.firewallReminder.heading' },
    body: { key: `lab.firewallReminder.body.${rule}`, params: { port } },
    buttons: ['ok'],
    cancel: 'ok',
  };
}
