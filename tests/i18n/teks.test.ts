// Dictionary patterns with {holes} (src/i18n/teks.ts).
import { describe, expect, it } from 'vitest';
import { fillPattern, fillText, holes } from '#i18n/teks.ts';

describe('fillPattern', () => {
  it('escapes values and the pattern, inserts rendered parts as they are', () => {
    expect(fillPattern('A & {x}: {tautan}.', { x: '<b>1</b>' }, { tautan: '<a href="/d/">data</a>' })).toBe(
      'A &amp; &lt;b&gt;1&lt;/b&gt;: <a href="/d/">data</a>.',
    );
  });
  it('**bold** and `code` marks, also around a hole, never inside a value', () => {
    expect(fillPattern('Target **{t}**; berkas `a.csv`.', { t: '95 persen' })).toBe(
      'Target <strong>95 persen</strong>; berkas <code>a.csv</code>.',
    );
    expect(fillPattern('{v}', { v: '**tidak tebal**' })).toBe('**tidak tebal**');
  });
  it('a hole nobody fills is an error naming the pattern', () => {
    expect(() => fillPattern('Dari {kab} kabupaten', {})).toThrow(/Dari \{kab\} kabupaten.*\{kab\}/);
    expect(() => fillText('Dari {kab}', {})).toThrow(/\{kab\}/);
  });
  it('plain-text fill and hole names', () => {
    expect(fillText(' (misalnya {daftar})', { daftar: 'a & b' })).toBe(' (misalnya a & b)');
    expect(holes('{a} dan {b}')).toEqual(['a', 'b']);
  });
});
