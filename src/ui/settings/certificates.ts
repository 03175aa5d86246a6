import type { Certificate } from '../../protocol';
import { simulatedIso } from '../../store/selectors/labState';

/** A certificate's expiry as a date in the console language (lab time zone: UTC). */
export function expiryDate(locale: string, startDate: string, cert: Certificate): string {
  return new Date(simulatedIso(startDate, cert.notAfter)).toLocaleDateString(locale === 'fr' ? 'fr-FR' : 'en-US', { timeZone: 'UTC' });
}

export function isExpired(cert: Certificate, now: number): boolean {
  return cert.notAfter <= now;
}
