import type { ReactNode } from 'react';
import type { LabEvent } from '../../protocol';
import type { DialogTranslate } from '../../i18n/dialogs';
import { LevelIcon } from './EventList';
import type { LogInfo } from './eventLogs';

export interface EventDetailsProps {
  event: LabEvent | null;
  log: LogInfo;
  message: string;
  logged: string;
  computer: string;
  t: DialogTranslate;
}

/** The preview pane under the list: "Event <id>, <source>", tab General (the message, then the fields). */
export function EventDetails({ event, log, message, logged, computer, t }: EventDetailsProps) {
  if (!event) return <div className="ev-details ev-details--empty">{t('events.noSelection')}</div>;
  const field = (label: string, value: ReactNode) => (
    <div className="ev-field">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
  const title = t('events.details', { id: event.eventId, source: log.source });
  return (
    <section className="ev-details" aria-label={title}>
      <div className="ev-details__title">{title}</div>
      <div className="ev-tabs" role="tablist">
        <span role="tab" aria-selected="true" className="ev-tabs__item">
          {t('events.general')}
        </span>
      </div>
      <div role="tabpanel" aria-label={t('events.general')} className="ev-details__panel">
        <p className="ev-message" data-testid="event-message">
          {message}
        </p>
        <dl className="ev-fields">
          {field(t('events.field.logName'), log.channel)}
          {field(t('events.field.source'), log.source)}
          {field(t('events.field.logged'), logged)}
          {field(t('events.field.id'), event.eventId)}
          {field(t('events.field.task'), t('events.task.none'))}
          {field(
            t('events.field.level'),
            <>
              <LevelIcon level={event.level} />
              {t(`events.level.${event.level}`)}
            </>,
          )}
          {field(t('events.field.keywords'), '')}
          {field(t('events.field.user'), t('events.user.system'))}
          {field(t('events.field.computer'), computer)}
          {field(t('events.field.opcode'), t('events.opcode.info'))}
        </dl>
      </div>
    </section>
  );
}
