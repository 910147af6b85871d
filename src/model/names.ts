/** Lowercase, drop "Kabupaten"/"Kab." prefixes and punctuation: how editors and authors vary region names. */
export function normalizeName(text: string): string {
  return text
    .toLowerCase()
    .replace(/^\s*(kabupaten|kab\.?)\s+/, '')
    .replace(/['’.]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
