/**
 * Instants as NTT sees them (ZONA_WAKTU, WITA). Built on Intl rather than a fixed +8 hours, so
 * the zone is named once and the offset comes from the time-zone database.
 */
import { ZONA_WAKTU } from './constants.ts';

const bagian = new Intl.DateTimeFormat('en-CA', {
  timeZone: ZONA_WAKTU,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function parts(d: Date) {
  const p = Object.fromEntries(bagian.formatToParts(d).map((x) => [x.type, x.value]));
  return { tanggal: `${p.year}-${p.month}-${p.day}`, jam: `${p.hour}:${p.minute}:${p.second}` };
}

/** The calendar day (YYYY-MM-DD) of an instant in NTT. */
export const tanggalWita = (d: Date): string => parts(d).tanggal;

/** The instant as an ISO 8601 local time in NTT with its offset: 2026-12-02T07:30:00+08:00. */
export function waktuWita(d: Date): string {
  const { tanggal, jam } = parts(d);
  const detik = Math.floor(d.getTime() / 1000) * 1000;
  const menit = Math.round((Date.parse(`${tanggal}T${jam}Z`) - detik) / 60000);
  const tanda = menit < 0 ? '-' : '+';
  const abs = Math.abs(menit);
  return `${tanggal}T${jam}${tanda}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** Today in NTT as a date at 00:00 UTC, the form the data checks compare (YYYY-MM-DD via toISOString). */
export const hariIniWita = (now: Date = new Date()): Date => new Date(`${tanggalWita(now)}T00:00:00Z`);

/** The first moment of a day (YYYY-MM-DD) in NTT: 00:00 WITA, which is 16:00 UTC the day before. */
export function awalHariWita(tanggal: string): Date {
  const offset = waktuWita(new Date(`${tanggal}T12:00:00Z`)).slice(-6);
  return new Date(`${tanggal}T00:00:00${offset}`);
}
