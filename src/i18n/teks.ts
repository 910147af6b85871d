/**
 * Dictionary entries that carry markup or page parts (links, source citations) are plain
 * strings with named holes, so a translator moves a link inside the sentence without touching
 * a template: "Daftar lengkap sumber ada di halaman {data}." The page fills each hole with a
 * value (escaped) or with rendered HTML (a slot of <Teks>). Two marks inside the text:
 * **tebal** becomes <strong>, `kode` becomes <code>.
 */
// Text content only (patterns never fill attributes), where quotes need no escaping.
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
export const escapeHtml = (s: string) => s.replace(/[&<>]/g, (c) => ESCAPES[c]!);

const marks = (escaped: string) =>
  escaped.replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>').replace(/`(.+?)`/g, '<code>$1</code>');

export const HOLE = /\{(\w+)\}/g;

/** The names of a pattern's holes, in order. */
export const holes = (pattern: string) => [...pattern.matchAll(HOLE)].map((m) => m[1]!);

/**
 * Fills a pattern: `html[name]` is inserted as is (already rendered), `values[name]` escaped.
 * A hole with neither is a programming error, reported with the pattern so it is found.
 */
export function fillPattern(
  pattern: string,
  values: Record<string, string | number>,
  html: Record<string, string> = {},
): string {
  // Holes become sentinels first, so a mark may enclose a hole (**{target}**) but never
  // applies to a filled-in value.
  const filled: string[] = [];
  const marked = marks(
    pattern
      .split(HOLE)
      .map((part, i) => {
        if (i % 2 === 0) return escapeHtml(part);
        if (part in html) filled.push(html[part]!);
        else if (part in values) filled.push(escapeHtml(String(values[part])));
        else throw new Error(`Teks "${pattern}": isian {${part}} tidak diberikan.`);
        return `\uE000${filled.length - 1}\uE000`;
      })
      .join(''),
  );
  return marked.replace(/\uE000(\d+)\uE000/g, (_m, n: string) => filled[Number(n)]!);
}

/** Fills a pattern as plain text (for attributes, or a value passed on to another pattern). */
export const fillText = (pattern: string, values: Record<string, string | number>) =>
  pattern.replace(HOLE, (_m, name: string) => {
    if (!(name in values)) throw new Error(`Teks "${pattern}": isian {${name}} tidak diberikan.`);
    return String(values[name]);
  });
