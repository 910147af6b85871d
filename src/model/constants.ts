/**
 * Domain constants that the data itself does not carry. Everything else (which row is the
 * province, how many kabupaten/kota there are) is read from data/wilayah.csv via query.ts.
 */

/**
 * The BPS codes data/wilayah.csv must contain: the province and its kabupaten/kota. The
 * pipeline checks the CSV against this list; pages never read it (they ask the data).
 */
export const KODE_BPS = {
  provinsi: '53',
  kabupatenKota: [
    '5301',
    '5302',
    '5303',
    '5304',
    '5305',
    '5306',
    '5307',
    '5308',
    '5309',
    '5310',
    '5311',
    '5312',
    '5313',
    '5314',
    '5315',
    '5316',
    '5317',
    '5318',
    '5319',
    '5320',
    '5321',
    '5371',
  ],
} as const;

/**
 * The national Universal Coverage Jamsostek target, in percent. The data has regional targets
 * (indicator target_ucj_persen, e.g. 64,82 for NTT in 2025) but no row for the national goal,
 * which is policy rather than an observation; articles cite it as <Target />.
 */
export const TARGET_UCJ = 95;

/** The indicator the UCJ target belongs to, and the one maps and pages lead with. */
export const INDIKATOR_UCJ = 'ucj_persen';

/**
 * Indicators whose id starts with target_ are plans, not observations: they may have future
 * periods, get no map of their own, and are never ranked.
 */
export const isTarget = (indikator: string): boolean => indikator.startsWith('target_');

/**
 * NTT's time zone, WITA (UTC+8): the calendar day of a release, "today" for data checks and
 * every date the site prints are Kupang's. A release recorded at 23:30 UTC on 1 December is
 * 2 December there.
 */
export const ZONA_WAKTU = 'Asia/Makassar';
