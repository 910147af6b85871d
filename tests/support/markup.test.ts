// The prose scanner used by the build tests must really catch a typed figure.
import { describe, expect, it } from 'vitest';
import { unboundText } from '#support/markup.ts';

describe('unboundText', () => {
  it('keeps text outside bound elements and drops bound ones, nested markup included', () => {
    const html =
      '<main><div class="artikel-isi" data-prosa><p>Cakupan <a class="angka" data-bind="x|53" href="/">33,73 <b>persen</b></a> pada <span data-bind="p">Juni 2024</span>.</p><figure data-bind="g"><svg><text>95</text></svg></figure><script type="module" src="/a.js"></script></div><p>Di luar 2026</p></main>';
    const r = unboundText(html, 'data-prosa');
    expect(r).toMatchObject({ found: true, bound: 3 });
    expect(r.text).toBe('Cakupan  pada .');
  });

  it('finds a typed figure, including one written as a character reference', () => {
    expect(unboundText('<div data-prosa><p>Tahun 2024 <a data-bind="a">x</a></p></div>', 'data-prosa').text).toMatch(
      /2024/,
    );
    expect(unboundText('<div data-prosa><p>&#51;&#x33; persen</p></div>', 'data-prosa').text).toBe('33 persen');
    expect(unboundText('<div data-prosa><img alt="x"><br><p title="a > b">9</p></div>', 'data-prosa').text).toBe('9');
  });
});
