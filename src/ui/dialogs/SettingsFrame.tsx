import { useId, type ReactNode } from 'react';
import { useDialogT } from '../common/useDialogT';
import { DialogButton, ModalDialog, PageError } from './ModalDialog';

export interface SettingsNode {
  id: string;
  label: string;
  /** Grey second line (e.g. the current value), as in Hyper-V's settings trees. */
  detail?: string;
  children?: readonly SettingsNode[];
}

export interface SettingsSection {
  heading: string;
  nodes: readonly SettingsNode[];
}

export interface SettingsFrameProps {
  /** Window title, e.g. "Hyper-V Settings for HV-2". */
  title: string;
  sections: readonly SettingsSection[];
  selected: string;
  onSelect: (id: string) => void;
  children: ReactNode;
  error?: string | null;
  busy?: boolean;
  /** Apply is enabled while there are unsaved changes. */
  dirty: boolean;
  onOk: () => void;
  onCancel: () => void;
  onApply: () => void;
}

interface NodesProps {
  nodes: readonly SettingsNode[];
  depth: number;
  selected: string;
  onSelect: (id: string) => void;
  /** Prefix of the detail lines' ids (the label names the item, the grey line describes it). */
  idPrefix: string;
}

function Nodes({ nodes, depth, selected, onSelect, idPrefix }: NodesProps) {
  return nodes.map((node) => (
    <li key={node.id} role="none">
      <button
        type="button"
        role="treeitem"
        aria-selected={node.id === selected}
        aria-level={depth + 1}
        aria-label={node.label}
        aria-describedby={node.detail ? `${idPrefix}-${node.id.replace(/\W/g, '_')}` : undefined}
        className={`settings__node${node.id === selected ? ' is-selected' : ''}`}
        style={{ paddingLeft: 8 + depth * 16 }}
        onClick={() => onSelect(node.id)}
      >
        <span className="settings__node-label">{node.label}</span>
        {node.detail && (
          <span id={`${idPrefix}-${node.id.replace(/\W/g, '_')}`} className="settings__node-detail">
            {node.detail}
          </span>
        )}
      </button>
      {node.children && node.children.length > 0 && (
        <ul role="group">
          <Nodes nodes={node.children} depth={depth + 1} selected={selected} onSelect={onSelect} idPrefix={idPrefix} />
        </ul>
      )}
    </li>
  ));
}

/**
 * A settings window (Hyper-V Settings, VM Settings): the tree of pages on the left in titled sections,
 * the page on the right, and OK / Cancel / Apply. The tree is a `tree` of `treeitem`s named by page.
 */
export function SettingsFrame(props: SettingsFrameProps) {
  const t = useDialogT();
  const busy = props.busy ?? false;
  const idPrefix = useId();
  const footer = (
    <>
      <DialogButton disabled={busy} onClick={props.onOk}>
        {t('button.ok')}
      </DialogButton>
      <DialogButton onClick={props.onCancel}>{t('button.cancel')}</DialogButton>
      <DialogButton disabled={busy || !props.dirty} onClick={props.onApply}>
        {t('button.apply')}
      </DialogButton>
    </>
  );
  return (
    <ModalDialog title={props.title} onClose={props.onCancel} className="modal--settings" footer={footer} testId="settings">
      <div className="settings">
        <div className="settings__tree">
          {props.sections.map((section) => (
            <div key={section.heading} className="settings__section">
              <div className="settings__section-heading">{section.heading}</div>
              <ul role="tree" aria-label={section.heading}>
                <Nodes nodes={section.nodes} depth={0} selected={props.selected} onSelect={props.onSelect} idPrefix={idPrefix} />
              </ul>
            </div>
          ))}
        </div>
        <div className="settings__page">
          <PageError message={props.error ?? null} label={t('dialog.pageError')} />
          {props.children}
        </div>
      </div>
    </ModalDialog>
  );
}
