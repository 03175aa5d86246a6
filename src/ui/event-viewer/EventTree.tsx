import type { KeyboardEvent, ReactNode } from 'react';
import type { DialogTranslate } from '../../i18n/dialogs';
import type { LogId } from './eventLogs';

export interface EventTreeProps {
  hosts: readonly string[];
  host: string;
  log: LogId;
  onSelect: (host: string, log: LogId) => void;
  t: DialogTranslate;
}

function Folder({ label, level, children }: { label: string; level: number; children: ReactNode }) {
  return (
    <li role="treeitem" aria-label={label} aria-expanded="true" aria-level={level} aria-selected="false" className="ev-tree__folder">
      <span className="ev-tree__label" style={{ paddingLeft: (level - 1) * 14 }}>
        <span aria-hidden="true" className="ev-tree__twisty">▾</span>
        {label}
      </span>
      <ul role="group">{children}</ul>
    </li>
  );
}

/**
 * Event Viewer's console tree, one root per server: Windows Logs ▸ System, and Applications and Services
 * Logs ▸ Microsoft ▸ Windows ▸ Hyper-V-VMMS ▸ Admin and ▸ Hyper-V-Worker ▸ Admin (the logs the lab fills).
 */
export function EventTree({ hosts, host, log, onSelect, t }: EventTreeProps) {
  const leaf = (name: string, label: string, id: LogId, level: number, path: string) => {
    const selected = name === host && id === log;
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== 'Enter' && e.key !== ' ') return;
      e.preventDefault();
      onSelect(name, id);
    };
    return (
      <li
        role="treeitem"
        aria-level={level}
        aria-selected={selected}
        aria-label={`${label} (${path})`}
        tabIndex={selected ? 0 : -1}
        className={`ev-tree__leaf${selected ? ' ev-tree__leaf--selected' : ''}`}
        onClick={() => onSelect(name, id)}
        onKeyDown={onKeyDown}
      >
        <span className="ev-tree__label" style={{ paddingLeft: (level - 1) * 14 + 12 }}>
          {label}
        </span>
      </li>
    );
  };
  return (
    <ul role="tree" aria-label={t('events.tree')} className="ev-tree">
      {hosts.map((name) => (
        <Folder key={name} label={t('events.root', { host: name })} level={1}>
          <Folder label={t('events.windowsLogs')} level={2}>
            {leaf(name, t('events.system'), 'system', 3, `${name}, ${t('events.windowsLogs')}`)}
          </Folder>
          <Folder label={t('events.appsLogs')} level={2}>
            <Folder label="Microsoft" level={3}>
              <Folder label="Windows" level={4}>
                <Folder label="Hyper-V-VMMS" level={5}>
                  {leaf(name, t('events.admin'), 'vmms', 6, `${name}, Hyper-V-VMMS`)}
                </Folder>
                <Folder label="Hyper-V-Worker" level={5}>
                  {leaf(name, t('events.admin'), 'worker', 6, `${name}, Hyper-V-Worker`)}
                </Folder>
              </Folder>
            </Folder>
          </Folder>
        </Folder>
      ))}
    </ul>
  );
}
