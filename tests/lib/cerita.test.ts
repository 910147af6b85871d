// Chart models shaped to each article's point: unit tests on the frozen snapshot (exact figures)
// and on small edits of it (the models follow the data, they do not hard-code it).
import { describe, expect, it } from 'vitest';
import { TidakDidukung as KlaimGagal } from '#model/errors.ts';
import { grafikKuota, grafikLinimasa, grafikProporsi } from '#lib/charts/cerita.ts';
import { grafikKlaimProgram, grafikKlaimTahun } from '#lib/charts/cerita-klaim.ts';
import { grafikKonteks } from '#lib/charts/konteks.ts';
import { DATA, konteks, SNAPSHOT, siteFrom } from '#support/dataset.ts';

const site = siteFrom(SNAPSHOT);
const k = konteks(site);

describe('proporsi: formal against informal', () => {
  it('column widths follow the number of workers, heights the share covered, with the target', () => {
    const m = grafikProporsi(k, '53', '2024-06');
    expect(m.kolom.map((c) => [c.label, c.pekerjaTeks, c.persenTeks, c.x, c.lebar, c.dariSeratus])).toEqual([
      ['Pekerja formal', 'sekitar 600 ribu', '65,9 persen', 0, 37.5, 66],
      ['Pekerja informal', 'sekitar 1 juta', '13,6 persen', 37.5, 62.5, 14],
    ]);
    expect(m.target).toBe(95);
    expect(m.targetTeks).toBe('Target 95%');
    expect(m.sumber.map((s) => s.id)).toEqual(['poskupang-2024-07-25-ucj-33-7']);
  });

  it('changes with the data and refuses a period without both groups', () => {
    const more = siteFrom(SNAPSHOT, {
      'kepesertaan.csv': (t) => t.replace('53,2024-06,pekerja_formal,600000', '53,2024-06,pekerja_formal,1000000'),
    });
    expect(grafikProporsi(konteks(more), '53', '2024-06').kolom[0]!.lebar).toBe(50);
    expect(() => grafikProporsi(k, '53', '2025-07')).toThrow(KlaimGagal);
  });
});

describe('linimasa: provincial figures on a time axis', () => {
  it('every UCJ and undefined coverage figure, in time order, doubtful ones kept and marked', () => {
    const m = grafikLinimasa(k);
    const n = (site.provinsi['ucj_persen'] ?? []).length + (site.provinsi['kepesertaan_persen'] ?? []).length;
    expect(m.titik).toHaveLength(n);
    expect(m.titik.every((p, i) => i === 0 || p.x >= m.titik[i - 1]!.x)).toBe(true);
    expect(m.titik.some((p) => p.ragu)).toBe(true);
    expect(new Set(m.titik.map((p) => p.jenis))).toEqual(new Set(['ucj', 'lain']));
    const june = m.titik.find((p) => p.jenis === 'ucj' && p.teks === '33,73%' && !p.ragu)!;
    expect(june.periode).toBe('Juni 2024');
    // The scale is zoomed to the figures, so the target sits above it as a note.
    expect(m.targetY).toBeNull();
    expect(m.targetCatatan).toMatch(/95%/);
    expect(m.titik.every((p) => p.x >= 0 && p.x <= 100 && p.y >= 0 && p.y <= 100)).toBe(true);
  });

  it('a figure near the target brings the target line onto the scale', () => {
    const more = siteFrom(SNAPSHOT, {
      'kepesertaan.csv': (t) =>
        `${t.trimEnd()}\n53,2025-09,kepesertaan_persen,"92",,penamalaka-2025-05-16-malaka-ucj-3,,\n`,
    });
    const m = grafikLinimasa(konteks(more));
    expect(m.targetY).not.toBeNull();
    expect(m.targetCatatan).toBeNull();
  });
});

describe('kuota: a quota as a progress bar', () => {
  it('sums the usable regional figures, shows the rest as unknown, lists every region', () => {
    const m = grafikKuota(k, 'rentan_apbd_provinsi');
    const usable = Object.values(site.terkini['rentan_apbd_provinsi']!).filter((e) => e.wilayah !== '53');
    const known = usable.reduce((s, e) => s + e.nilai, 0);
    expect(m.kuotaTeks).toBe('100.000');
    expect(m.diketahui.persen).toBeCloseTo(known / 1000, 2);
    expect(m.diketahui.persen + m.sisa.persen).toBeCloseTo(100, 5);
    expect(m.baris).toHaveLength(22);
    expect(m.baris.filter((b) => b.status === 'diketahui')).toHaveLength(usable.length);
    const ragu = m.baris.filter((b) => b.status === 'ragu');
    expect(ragu.length).toBeGreaterThan(0);
    expect(
      m.baris.filter((b) => b.status === 'kosong').every((b) => b.teks === 'tidak diketahui' && b.posisi === null),
    ).toBe(true);
    // Known first (largest first), then doubtful, then unknown.
    const order = m.baris.map((b) => b.status);
    expect(order).toEqual(
      [...order].sort(
        (a, b) => ['diketahui', 'ragu', 'kosong'].indexOf(a) - ['diketahui', 'ragu', 'kosong'].indexOf(b),
      ),
    );
  });

  it('refuses a percentage indicator', () => {
    expect(() => grafikKuota(k, 'ucj_persen')).toThrow(/jumlah orang/);
  });
});

describe('klaim: partial years apart, programmes as parts of the total', () => {
  it('full years on one scale; January–June 2025 set apart as six months', () => {
    const m = grafikKlaimTahun(k);
    expect(m.penuh.map((b) => b.label)).toEqual(['2022', '2023']);
    expect(m.parsial.map((b) => [b.label, b.bulan])).toEqual([['Januari–Juni 2025 (6 bulan)', 6]]);
    expect(Math.max(...[...m.penuh, ...m.parsial].map((b) => b.posisi))).toBe(100);
  });

  it('2022 by programme: JHT the largest share, doubtful parts flagged, unpublished amounts listed', () => {
    const m = grafikKlaimProgram(k, '2022');
    const jht = m.segmen.find((s) => s.program === 'JHT')!;
    expect(jht.lebar!).toBeGreaterThan(80);
    expect(jht.ragu).toBe(true);
    expect(m.segmen.find((s) => s.program === 'JKM')).toMatchObject({
      lebar: null,
      teks: 'nominal tidak dipublikasikan',
    });
    expect(m.ragu).toBe(true);
    const sum = m.segmen.reduce((s, g) => s + (g.lebar ?? 0), 0) + (m.sisa?.lebar ?? 0);
    expect(sum).toBeLessThanOrEqual(100.01);
  });
});

describe('konteks nasional', () => {
  const sd = siteFrom(DATA);
  it('NTT first, then Indonesia, then provinces grouped by base and ordered by date, never one ranked list', () => {
    const m = grafikKonteks(konteks(sd));
    expect(m.kelompok[0]!.jenis).toBe('ntt');
    expect(m.kelompok[1]!.jenis).toBe('nasional');
    for (const g of m.kelompok.slice(2)) {
      const dates = g.baris.map(
        (b) => sd.konteks.find((r) => r.wilayah === b.wilayah && r.nilai === b.nilai)!.periode.akhir,
      );
      expect(dates).toEqual([...dates].sort().reverse());
      expect(
        new Set(g.baris.map((b) => sd.konteks.find((r) => r.wilayah === b.wilayah && r.nilai === b.nilai)!.jenisDasar))
          .size,
      ).toBe(1);
    }
    for (const g of m.kelompok) for (const b of g.baris) expect(b.periode).toBeTruthy();
    expect(m.kelompok.flatMap((g) => g.baris).every((b) => b.sumber.tanggalTerbit)).toBe(true);
  });

  it("the table's base column holds a base, never a group's name", () => {
    const m = grafikKonteks(konteks(sd));
    const judul = new Set(m.kelompok.map((g) => g.judul));
    for (const b of m.kelompok.flatMap((g) => g.baris)) expect(judul.has(b.dasarTabel), b.wilayah).toBe(false);
    // Indonesia's figure came with no stated base.
    expect(m.kelompok[1]!.baris[0]!.dasarTabel).toBe('tidak disebut');
  });

  it('without a national dataset the chart says so instead of drawing nothing', () => {
    expect(() => grafikKonteks(k)).toThrow(/konteks-nasional/);
  });
});
