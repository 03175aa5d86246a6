import { describe, expect, it } from 'vitest';
import type { ReplicationHealth, ReplicationMode, ReplicationState, VmState } from '../../protocol';
import { en } from './en';
import { fr } from './fr';
import { localeFromLanguageTag, translate } from './index';

const VM_STATES: VmState[] = ['Running', 'Off', 'Saved', 'Paused', 'Starting', 'Stopping'];
const HEALTH: ReplicationHealth[] = ['NotApplicable', 'Normal', 'Warning', 'Critical'];
const MODES: ReplicationMode[] = ['None', 'Primary', 'Replica', 'ExtendedReplica', 'TestReplica'];
const STATES: ReplicationState[] = [
  'Disabled', 'ReadyForInitialReplication', 'InitialReplicationInProgress', 'WaitingForInitialReplication', 'Replicating',
  'PreparedForFailover', 'FailedOverWaitingCompletion', 'FailedOver', 'Suspended', 'Error', 'WaitingForStartResynchronize',
  'Resynchronizing', 'ResynchronizeSuspended',
];

describe('console catalogues', () => {
  it('have the same keys and placeholders in English and French, none empty', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(fr[key].trim(), key).not.toBe('');
      expect(names(fr[key]), key).toEqual(names(en[key]));
    }
  });

  it('name every enum value the engine sends', () => {
    const keys = new Set(Object.keys(en));
    for (const s of VM_STATES) expect(keys.has(`vmState.${s}`), s).toBe(true);
    for (const h of HEALTH) expect(keys.has(`replicationHealth.${h}`), h).toBe(true);
    for (const m of MODES) expect(keys.has(`replicationMode.${m}`), m).toBe(true);
    for (const s of STATES) expect(keys.has(`replicationState.${s}`), s).toBe(true);
  });

  it('use the Microsoft French terms of the glossary', () => {
    expect(translate('fr', 'column.replicationHealth')).toBe('Intégrité de la réplication');
    expect(translate('fr', 'replicationHealth.Warning')).toBe('Avertissement');
    expect(translate('fr', 'replicationHealth.Critical')).toBe('Critique');
    expect(translate('fr', 'replicationState.Replicating')).toBe('Réplication activée');
    expect(translate('fr', 'vmState.Off')).toBe('Désactivé');
    expect(translate('fr', 'vmState.Running')).toBe('Exécution'); // WS2016 server build (§5.11)
    expect(translate('en', 'vmList.tableLabel', { host: 'HV-1' })).toBe('Virtual Machines on HV-1');
  });

  it('pick French for any fr-* browser language, English otherwise', () => {
    expect(localeFromLanguageTag('fr-CA')).toBe('fr');
    expect(localeFromLanguageTag('FR')).toBe('fr');
    expect(localeFromLanguageTag('de-DE')).toBe('en');
    expect(localeFromLanguageTag(undefined)).toBe('en');
  });
});
