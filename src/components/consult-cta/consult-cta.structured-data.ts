import type { DayOfWeek, MedicalClinic, WithContext } from 'schema-dts';
import { absolute } from '../../base/structured-data.js';
import { type ConsultCtaContent, days as contentDays } from './consult-cta.schema.js';

/** Days as schema.org names them, Sunday first as the content's `days` are. */
const dayNames: DayOfWeek[] = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * schema.org data for search engines: the clinic as a `MedicalClinic`, with its telephone, its booking page and its
 * weekly opening hours. Only fields the content has; a relative booking URL resolved against
 * `base` when there is one.
 */
export function clinicStructuredData(
  { phone, booking, hours }: ConsultCtaContent,
  base?: string,
): WithContext<MedicalClinic> {
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalClinic',
    ...(phone && { telephone: phone.number }),
    ...(booking && { url: absolute(booking.url, base) }),
    ...(hours && {
      openingHoursSpecification: hours.weekly.map(({ days, open, close }) => ({
        '@type': 'OpeningHoursSpecification' as const,
        dayOfWeek: days.map((day) => dayNames[contentDays.indexOf(day)]!),
        opens: open,
        closes: close,
      })),
    }),
  };
}
