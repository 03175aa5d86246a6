import { useId, type ReactNode } from 'react';

/** A labelled text box of a settings page (label left, box right, as in Hyper-V's property pages). */
export function TextField({ label, value, onChange, disabled, type = 'text', width = 180 }: { label: string; value: string; onChange: (value: string) => void; disabled?: boolean; type?: 'text' | 'time' | 'number'; width?: number }) {
  const id = useId();
  return (
    <div className="form-row vms-row">
      <label htmlFor={id}>{label}</label>
      <input id={id} className="dlg-input" type={type} value={value} disabled={disabled} style={{ width }} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}

/** A labelled drop-down. */
export function SelectField<T extends string>({ label, value, options, onChange }: { label: string; value: T; options: readonly { value: T; label: string }[]; onChange: (value: T) => void }) {
  const id = useId();
  return (
    <div className="form-row vms-row">
      <label htmlFor={id}>{label}</label>
      <select id={id} className="dlg-select" value={value} onChange={(e) => onChange(e.target.value as T)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A checkbox with its label on the right. */
export function CheckField({ label, checked, onChange, disabled }: { label: string; checked: boolean; onChange?: (checked: boolean) => void; disabled?: boolean }) {
  return (
    <label className="vms-check">
      <input type="checkbox" checked={checked} disabled={disabled ?? !onChange} onChange={(e) => onChange?.(e.target.checked)} />
      {label}
    </label>
  );
}

/** A radio button of a group named by `name`. */
export function RadioField({ name, label, checked, onChange }: { name: string; label: string; checked: boolean; onChange: () => void }) {
  return (
    <label className="vms-check">
      <input type="radio" name={name} checked={checked} onChange={onChange} />
      {label}
    </label>
  );
}

/** A read-only "label: value" line of a summary page. */
export function InfoRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="vms-info">
      <span className="vms-info__label">{label}</span>
      <span className="vms-info__value">{children}</span>
    </div>
  );
}
