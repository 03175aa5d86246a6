import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type KeyboardEvent } from 'react';
import type { EventLevel, LabEvent } from '../../protocol';
import { ErrorGlyph } from '../common/statusGlyphs';
import type { DialogTranslate } from '../../i18n/dialogs';

const ROW_HEIGHT = 20;

/** Event Viewer's level icons: the blue "i", the yellow warning triangle, the red cross. */
export function LevelIcon({ level }: { level: EventLevel }) {
  return (
    <svg className="ev-level-icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
      {level === 'Error' && <ErrorGlyph />}
      {level === 'Warning' && (
        <>
          <path d="M8 1.5 15 14.5H1z" fill="#f7c600" stroke="#8a6d00" strokeWidth="0.8" />
          <path d="M8 6v4.2M8 11.6v1.4" stroke="#000" strokeWidth="1.5" />
        </>
      )}
      {level === 'Information' && (
        <>
          <circle cx="8" cy="8" r="7" fill="#1e6fd9" />
          <path d="M8 7v5M8 4.2v1.4" stroke="#fff" strokeWidth="1.7" />
        </>
      )}
    </svg>
  );
}

export interface EventListProps {
  rows: readonly LabEvent[];
  selected: number | null;
  onSelect: (seq: number) => void;
  source: (event: LabEvent) => string;
  time: (event: LabEvent) => string;
  t: DialogTranslate;
}

/** The middle pane: one row per event, virtualised like the VM grid (a ring holds up to 50,000 events). */
export function EventList({ rows, selected, onSelect, source, time, t }: EventListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read in render only
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (i) => rows[i]?.seq ?? i,
    overscan: 8,
  });
  const index = selected === null ? -1 : rows.findIndex((e) => e.seq === selected);
  const move = (to: number) => {
    const next = rows[Math.max(0, Math.min(rows.length - 1, to))];
    if (!next) return;
    onSelect(next.seq);
    virtualizer.scrollToIndex(rows.indexOf(next));
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 0) / ROW_HEIGHT) - 1);
    const to = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: rows.length - 1, PageDown: index + page, PageUp: index - page }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    move(to);
  };
  return (
    <div className="ev-list" role="grid" aria-label={t('events.list')} aria-rowcount={rows.length + 1} tabIndex={0} onKeyDown={onKeyDown}>
      <div role="rowgroup" className="ev-list__head">
        <div role="row" className="ev-row ev-row--head">
          <span role="columnheader">{t('events.col.level')}</span>
          <span role="columnheader">{t('events.col.date')}</span>
          <span role="columnheader">{t('events.col.source')}</span>
          <span role="columnheader">{t('events.col.id')}</span>
          <span role="columnheader">{t('events.col.task')}</span>
        </div>
      </div>
      <div ref={scrollRef} className="ev-list__scroll">
        {rows.length === 0 && <p className="ev-list__empty">{t('events.empty')}</p>}
        <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const e = rows[item.index] as LabEvent;
            return (
              <div
                key={e.seq}
                role="row"
                aria-rowindex={item.index + 2}
                aria-selected={e.seq === selected}
                className={`ev-row${e.seq === selected ? ' ev-row--selected' : ''}`}
                style={{ transform: `translateY(${item.start}px)` }}
                onClick={() => onSelect(e.seq)}
              >
                <span role="gridcell">
                  <LevelIcon level={e.level} />
                  {t(`events.level.${e.level}`)}
                </span>
                <span role="gridcell">{time(e)}</span>
                <span role="gridcell">{source(e)}</span>
                <span role="gridcell">{e.eventId}</span>
                <span role="gridcell">{t('events.task.none')}</span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
