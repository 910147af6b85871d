import { distance } from 'fastest-levenshtein';
import { normalizeName } from '#model/names.ts';
import type { Wilayah } from '#model/schema.ts';

export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export class RegionResolver {
  private byKey = new Map<string, Wilayah>();
  private names: { key: string; label: string }[] = [];

  constructor(regions: Wilayah[]) {
    for (const r of regions) {
      this.byKey.set(r.kode, r);
      for (const label of [r.nama, ...r.alias]) {
        const key = normalizeName(label);
        if (!this.byKey.has(key)) this.byKey.set(key, r);
        this.names.push({ key, label });
      }
    }
  }

  resolve(text: string): Wilayah | undefined {
    return this.byKey.get(text.trim()) ?? this.byKey.get(normalizeName(text));
  }

  /** Closest known names, for "did you mean" hints on typos like "Malak" or "Sumba Barta". */
  suggest(text: string, limit = 2): string[] {
    const key = normalizeName(text);
    if (/^\d+$/.test(key)) {
      return [...this.byKey.values()]
        .filter((r, i, all) => all.indexOf(r) === i)
        .map((r) => ({ label: `${r.kode} (${r.nama})`, d: distance(key, r.kode) }))
        .sort((a, b) => a.d - b.d)
        .slice(0, limit)
        .map((s) => s.label);
    }
    const scored = this.names
      .map((n) => ({ label: n.label, d: distance(key, n.key) }))
      .sort((a, b) => a.d - b.d || a.label.localeCompare(b.label));
    const out: string[] = [];
    for (const s of scored) {
      if (!out.includes(s.label)) out.push(s.label);
      if (out.length >= limit) break;
    }
    return out;
  }
}
