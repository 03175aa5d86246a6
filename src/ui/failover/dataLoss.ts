import type { FailoverRecord } from '../../protocol';
import type { Locale } from '../../i18n/ui';
import { formatLabDateTime, INTL_LOCALE } from '../details/format';

/** A failover's data-loss account, formatted (the engine counts; the console only prints). */
export interface DataLossText {
  lost: boolean;
  writes: string;
  /** Megabytes, one decimal ("12.5", "12,5"). */
  megabytes: string;
  /** Primary time of the newest data the VM restarted from (the chosen point's data time). */
  from: string;
  /** When the primary committed its last write. */
  to: string;
}

const MB = 1024 * 1024;

/**
 * Formats `record` for `locale`.
 * @example formatDataLoss(record, 'en', lab.startDate).writes // '1,234'
 */
export function formatDataLoss(record: FailoverRecord, locale: Locale, startDate: string): DataLossText {
  const tag = INTL_LOCALE[locale];
  return {
    lost: record.lostWrites > 0,
    writes: new Intl.NumberFormat(tag).format(record.lostWrites),
    megabytes: new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(record.lostBytes / MB),
    from: formatLabDateTime(locale, startDate, record.dataTime),
    to: formatLabDateTime(locale, startDate, Math.max(record.dataTime, record.primaryLastWriteTime)),
  };
}
