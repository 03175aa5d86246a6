import { useDialogT } from '../common/useDialogT';
import { SelectField } from './fields';

const NOT_CONNECTED = '';

/**
 * Network Adapter (the switch the VM is connected to) and its Test Failover sub-node (the switch the
 * "<VM> - Test" VM gets). Both list the host's virtual switches and "Not connected".
 */
export function SwitchPage({ kind, heading, switches, value, onChange }: { kind: 'network' | 'testFailover'; heading: string; switches: readonly string[]; value: string | null; onChange: (value: string | null) => void }) {
  const t = useDialogT();
  const options = [{ value: NOT_CONNECTED, label: t('vmSettings.detail.notConnected') }, ...switches.map((s) => ({ value: s, label: s }))];
  return (
    <section aria-label={heading}>
      <h3>{heading}</h3>
      <p className="dlg-hint">{t(kind === 'network' ? 'vmSettings.network.intro' : 'vmSettings.testFailover.intro')}</p>
      <SelectField
        label={t(kind === 'network' ? 'vmSettings.network.switch' : 'vmSettings.testFailover.switch')}
        value={value ?? NOT_CONNECTED}
        options={options}
        onChange={(v) => onChange(v === NOT_CONNECTED ? null : v)}
      />
    </section>
  );
}
