import { beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_LAB, type LabMirror } from './labStore';
import { selectHost, setShownHosts, uiStore } from './uiStore';
import type { Host } from '../protocol';
import { connectToServer, hiddenHosts, localServer, removeServer, resolveServerName, visibleHosts } from './serverList';

const host = (name: string) => ({ name, fqdn: `${name.toLowerCase()}.formation.lan` }) as Host;
const lab: LabMirror = {
  ...EMPTY_LAB,
  status: 'ready',
  hostNames: ['HV-1', 'HV-2', 'HV-3'],
  hosts: { 'HV-1': host('HV-1'), 'HV-2': host('HV-2'), 'HV-3': host('HV-3') },
};

beforeEach(() => {
  setShownHosts(null);
  selectHost('HV-1');
});

describe('server list helpers', () => {
  it('shows every host until the list is narrowed, in the lab’s order', () => {
    expect(visibleHosts(lab.hostNames, null)).toEqual(['HV-1', 'HV-2', 'HV-3']);
    expect(visibleHosts(lab.hostNames, ['HV-3', 'HV-1', 'HV-9'])).toEqual(['HV-1', 'HV-3']);
    expect(hiddenHosts(lab.hostNames, ['HV-1'])).toEqual(['HV-2', 'HV-3']);
  });

  it('resolves a typed name or FQDN, in any case, to a lab host', () => {
    expect(resolveServerName(lab, ' hv-2 ')).toBe('HV-2');
    expect(resolveServerName(lab, 'HV-3.FORMATION.LAN')).toBe('HV-3');
    expect(resolveServerName(lab, 'HV-9')).toBeNull();
    expect(resolveServerName(lab, '  ')).toBeNull();
    expect(localServer(lab)).toBe('HV-1');
  });

  it('Remove Server hides a host and moves the selection to the root', () => {
    selectHost('HV-2');
    removeServer('HV-2', lab);
    expect(uiStore.getState().shownHosts).toEqual(['HV-1', 'HV-3']);
    expect(uiStore.getState().selectedHost).toBeNull();
    removeServer('HV-3', lab);
    expect(uiStore.getState().shownHosts).toEqual(['HV-1']);
  });

  it('Connect to Server… shows the host again and selects it; an unknown name changes nothing', () => {
    setShownHosts(['HV-1']);
    expect(connectToServer('hv-3', lab)).toBe('HV-3');
    expect(uiStore.getState().shownHosts).toEqual(['HV-1', 'HV-3']);
    expect(uiStore.getState().selectedHost).toBe('HV-3');
    expect(connectToServer('HV-2', lab)).toBe('HV-2');
    expect(uiStore.getState().shownHosts).toBeNull();
    expect(connectToServer('NOPE', lab)).toBeNull();
    expect(uiStore.getState().selectedHost).toBe('HV-2');
  });
});
