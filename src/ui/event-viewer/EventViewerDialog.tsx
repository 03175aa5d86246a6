import { useMemo, useState } from 'react';
import { formatMessage } from '../../i18n/messages/format';
import type { EventLevel, LabEvent } from '../../protocol';
import { labStore, useLab } from '../../store/labStore';
import { useUi } from '../../store/uiStore';
import { useDialogT } from '../common/useDialogT';
import { formatLabDateTime } from '../details/format';
import type { DialogProps } from '../dialogs/DialogHost';
import { DialogButton, ModalDialog } from '../dialogs/ModalDialog';
import { EventDetails } from './EventDetails';
import { EventList } from './EventList';
import { EventTree } from './EventTree';
import { filterEvents, LEVELS, LOGS, vmsInLog, type LogId } from './eventLogs';
import './eventViewer.css';

/**
 * Event Viewer on the lab's servers (a separate MMC console in Windows; here a window of the console).
 * Like Event Viewer it shows the log as it was when opened: Refresh reads the newer events, so a running
 * clock never re-filters the ring behind the user's back.
 */
export default function EventViewerDialog({ request, onClose }: DialogProps<'eventViewer'>) {
  const t = useDialogT();
  const locale = useUi((s) => s.locale);
  const hosts = useLab((lab) => lab.hostNames);
  const startDate = useLab((lab) => lab.startDate);
  const [snapshot, setSnapshot] = useState<readonly LabEvent[]>(() => labStore.getState().events);
  const [where, setWhere] = useState<{ host: string; log: LogId }>({ host: request.host, log: 'vmms' });
  const [levels, setLevels] = useState<ReadonlySet<EventLevel>>(() => new Set(LEVELS));
  const [vm, setVm] = useState<string | null>(request.vm ?? null);
  const [selected, setSelected] = useState<number | null>(null);

  const rows = useMemo(() => filterEvents(snapshot, { ...where, levels, vm }), [snapshot, where, levels, vm]);
  const vmChoices = useMemo(() => {
    const names = vmsInLog(snapshot, where.host, where.log);
    return vm !== null && !names.includes(vm) ? [...names, vm].sort() : names;
  }, [snapshot, where, vm]);
  const event = rows.find((e) => e.seq === selected) ?? null;
  const log = LOGS[where.log];
  const computer = useLab((lab) => lab.hosts[where.host]?.fqdn ?? where.host);
  const time = (e: LabEvent) => formatLabDateTime(locale, startDate, e.time);
  const filtered = levels.size < LEVELS.length || vm !== null;

  const toggleLevel = (level: EventLevel) => {
    const next = new Set(levels);
    if (next.has(level)) next.delete(level);
    else next.add(level);
    setLevels(next);
  };
  const footer = (
    <>
      <DialogButton onClick={() => setSnapshot(labStore.getState().events)}>{t('events.refresh')}</DialogButton>
      <DialogButton onClick={onClose}>{t('button.close')}</DialogButton>
    </>
  );
  return (
    <ModalDialog title={t('events.title')} onClose={onClose} className="modal--events" footer={footer} testId="event-viewer">
      <div className="ev-frame">
        <EventTree hosts={hosts} host={where.host} log={where.log} t={t} onSelect={(host, id) => { setWhere({ host, log: id }); setSelected(null); }} />
        <div className="ev-main">
          <div className="ev-header">
            <strong>{where.log === 'system' ? t('events.system') : t('events.admin')}</strong>
            <span>{t('events.count', { n: rows.length })}</span>
          </div>
          {filtered && (
            <div className="ev-filtered" data-testid="event-filtered">
              {t('events.filtered', { log: log.channel, levels: [...levels].map((l) => t(`events.level.${l}`)).join(', '), vm: vm ?? t('events.filter.allVms'), n: rows.length })}
            </div>
          )}
          <div className="ev-filter">
            <span>{t('events.filter.levels')}</span>
            {LEVELS.map((level) => (
              <label key={level} className="ev-filter__check">
                <input type="checkbox" checked={levels.has(level)} onChange={() => toggleLevel(level)} />
                {t(`events.level.${level}`)}
              </label>
            ))}
            <label className="ev-filter__vm">
              {t('events.filter.vm')}
              <select value={vm ?? ''} onChange={(e) => setVm(e.target.value === '' ? null : e.target.value)}>
                <option value="">{t('events.filter.allVms')}</option>
                {vmChoices.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <EventList rows={rows} selected={event?.seq ?? null} onSelect={setSelected} source={() => log.source} time={time} t={t} />
          <EventDetails event={event} log={log} message={event ? formatMessage(locale, event) : ''} logged={event ? time(event) : ''} computer={computer} t={t} />
        </div>
      </div>
    </ModalDialog>
  );
}
