/**
 * The publishing settings (situs.config.json at the top of the repository; SITE_URL overrides
 * the address). Read by astro.config.mjs, scripts/build.ts (--terbit) and the pages, through
 * this one function, so every absolute URL on the site comes from the same answer.
 *
 * No address means a local-preview build: pages use root-relative links, and every place that
 * would show copy-ready embed code shows a notice instead. A loopback address is never
 * accepted: a partner pasting code that points at localhost gets a dead frame.
 */
import file from '../../situs.config.json' with { type: 'json' };

export type TemaSematan = 'terang' | 'gelap' | 'otomatis';
export const TEMA_SEMATAN: readonly TemaSematan[] = ['terang', 'gelap', 'otomatis'];

export interface SitusConfig {
  alamat?: string;
  penerbit?: string;
  koreksi?: string;
  temaSematan?: string;
}

export interface Situs {
  /** Absolute address with a trailing slash, or null for a local-preview build. */
  alamat: URL | null;
  penerbit: string;
  /** E-mail address or URL for corrections; empty when none is configured. */
  koreksi: string;
  temaSematan: TemaSematan;
}

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[?::1\]?|0\.0\.0\.0)$/i;

/** Every problem with the settings, each naming the setting and the fix (Bahasa Indonesia). */
export class SitusError extends Error {}

export function resolveSitus(config: SitusConfig = file, env: Record<string, string | undefined> = process.env): Situs {
  const errors: string[] = [];
  const raw = (env.SITE_URL ?? config.alamat ?? '').trim();
  const where = env.SITE_URL !== undefined ? 'SITE_URL' : 'situs.config.json, "alamat"';
  let alamat: URL | null = null;
  if (raw) {
    try {
      alamat = new URL(raw.endsWith('/') ? raw : `${raw}/`);
      if (alamat.protocol !== 'https:' && alamat.protocol !== 'http:')
        errors.push(`${where}: "${raw}" bukan alamat web. Tulis alamat lengkap, misalnya https://data.contoh.id.`);
      else if (LOOPBACK.test(alamat.hostname))
        errors.push(
          `${where}: "${raw}" adalah alamat komputer ini sendiri, yang tidak bisa dibuka pembaca. Kosongkan untuk build pratinjau lokal, atau tulis alamat publik situs.`,
        );
      else if (alamat.search || alamat.hash)
        errors.push(`${where}: "${raw}" memuat ? atau #. Tulis alamat situs saja, misalnya https://data.contoh.id.`);
      else if (alamat.pathname !== '/')
        errors.push(
          `${where}: "${raw}" memuat sub-folder. Tulis alamat tanpa sub-folder (https://data.contoh.id) dan sub-foldernya di BASE_PATH (/ucj-ntt/).`,
        );
    } catch {
      errors.push(`${where}: "${raw}" bukan alamat yang sah. Tulis alamat lengkap, misalnya https://data.contoh.id.`);
    }
  }
  const tema = (config.temaSematan ?? 'terang').trim();
  if (!TEMA_SEMATAN.includes(tema as TemaSematan))
    errors.push(
      `situs.config.json, "temaSematan": "${tema}" tidak dikenal. Pilih salah satu: ${TEMA_SEMATAN.join(', ')}.`,
    );
  const penerbit = (config.penerbit ?? '').trim();
  if (!penerbit)
    errors.push(
      'situs.config.json, "penerbit": kosong. Tulis nama penerbit yang tampil di peta sematan, misalnya "Jamsostek NTT".',
    );
  if (errors.length) throw new SitusError(errors.join('\n'));
  return { alamat, penerbit, koreksi: (config.koreksi ?? '').trim(), temaSematan: tema as TemaSematan };
}

/** Why a publishing build (npm run build -- --terbit) may not run; empty when it may. */
export function publishProblems(s: Situs): string[] {
  if (!s.alamat)
    return [
      'Alamat situs belum disetel. Isi "alamat" di situs.config.json (atau SITE_URL) dengan alamat https:// situs sebelum menerbitkan.',
    ];
  if (s.alamat.protocol !== 'https:')
    return [
      `Alamat situs ${s.alamat.href} bukan https://. Sematan di situs berita (https) tidak bisa memuat halaman http://; pakai alamat https://.`,
    ];
  return [];
}

export const PREVIEW_WARNING =
  'PERINGATAN: alamat situs belum disetel (situs.config.json "alamat" atau SITE_URL). Ini build pratinjau lokal: tautan tanpa alamat lengkap, tanpa sitemap, oEmbed, dan kode sematan. Jangan terbitkan hasil ini.';
