import type { ReactNode } from 'react';

export interface Field {
  /** Visible label, with its colon ("Replication State:"). */
  label: string;
  value: ReactNode;
}

/** Label/value pairs of the bottom pane, as a description list (labels name their values for AT). */
export function FieldList({ fields, className }: { fields: readonly Field[]; className?: string }) {
  return (
    <dl className={className ? `field-list ${className}` : 'field-list'}>
      {fields.map((f) => (
        <div key={f.label} className="field">
          <dt>{f.label}</dt>
          <dd>{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}
