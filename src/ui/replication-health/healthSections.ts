import type { DialogTranslate } from '../../i18n/dialogs';
import type { Locale, Translate } from '../../i18n/ui';
import type { SimTime } from '../../protocol';
import { formatLabDateTime, formatUptime, INTL_LOCALE } from '../details/format';
import type { HealthSection } from './healthCsv';
import { cycleRate, statisticsWindow, type HealthView } from './healthView';

export interface SectionFormat {
  t: DialogTranslate;
  ui: Translate;
  locale: Locale;
  startDate: string;
}

/**
 * The window's groups as text, in its order (hyperv-replica.md §4.3): the same strings are drawn in the
 * tab and written by Save As…, so the file always says what the window said.
 */
export function healthSections(view: HealthView, { t, ui, locale, startDate }: SectionFormat): HealthSection[] {
  const time = (at: SimTime | null) => (at === null ? '' : formatLabDateTime(locale, startDate, at));
  const mb = (bytes: number | null) =>
    bytes === null
      ? ''
      : t('health.sizeValue', { value: new Intl.NumberFormat(INTL_LOCALE[locale], { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(bytes / (1024 * 1024)) });
  const span = statisticsWindow(view);
  const pending: [string, string][] = [];
  if (view.pendingBytes !== null) pending.push([t('health.pendingSize'), mb(view.pendingBytes)]);
  pending.push([t('health.lastSync'), time(view.lastSynchronized)]);
  if (view.testFailoverRunning !== null) {
    pending.push([t('health.testStatus'), t(view.testFailoverRunning ? 'health.testRunning' : 'health.testNotRunning')]);
    pending.push([t('health.lastTest'), view.lastTestFailover === null ? t('health.none') : time(view.lastTestFailover)]);
  }
  return [
    {
      heading: null,
      rows: [
        [t('health.state'), ui(`replicationState.${view.state}`)],
        [t('health.mode'), ui(`replicationMode.${view.mode}`)],
        [t('health.primary'), view.primaryServer],
        [t('health.replica'), view.replicaServer],
        [t('health.health'), ui(`replicationHealth.${view.health}`)],
      ],
    },
    {
      heading: t('health.statsFor', { n: span.n, unit: t(`health.unit.${span.unit}`) }),
      rows: [
        [t('health.fromTime'), time(view.fromTime)],
        [t('health.toTime'), time(view.toTime)],
        [t('health.averageSize'), mb(view.averageSizeBytes)],
        [t('health.maximumSize'), mb(view.maximumSizeBytes)],
        [t('health.averageLatency'), view.averageLatencyMs === null ? '' : formatUptime(Math.round(view.averageLatencyMs / 1000))],
        [t('health.errors'), String(view.errors)],
        [t('health.cycles'), t('health.cyclesValue', { ok: view.successfulCycles, total: view.totalCycles, percent: cycleRate(view) })],
      ],
    },
    { heading: t('health.pending'), rows: pending },
  ];
}
