// Reading built pages as HTML text (no browser needed, so they cover all pages, not one per
// type): language, heading order, the CSP meta tag, meta tags, JSON-LD, and the text of article
// prose that is not inside an element bound to the data.
import { decodeEntities, tags } from './links.ts';

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
const TOKEN = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)((?:"[^"]*"|'[^']*'|[^'">])*)>|([^<]+)/g;

/** Headings in document order: one h1, first; no level skipped on the way down. */
export function headingProblems(html: string): string[] {
  const text = html.replace(
    /<!--[\s\S]*?-->|<script\b[\s\S]*?<\/script>|<style\b[\s\S]*?<\/style>|<template\b[\s\S]*?<\/template>/gi,
    '',
  );
  const levels = [...text.matchAll(/<h([1-6])\b/gi)].map((m) => Number(m[1]));
  const out: string[] = [];
  const h1s = levels.filter((l) => l === 1).length;
  if (h1s !== 1) out.push(`harus ada tepat satu <h1>, ada ${h1s}`);
  if (levels.length && levels[0] !== 1) out.push(`judul pertama adalah <h${levels[0]}>, bukan <h1>`);
  for (let i = 1; i < levels.length; i++) {
    if (levels[i]! > levels[i - 1]! + 1)
      out.push(`<h${levels[i - 1]}> langsung diikuti <h${levels[i]}> (tingkat judul terlewati)`);
  }
  return out;
}

export function langOf(html: string): string | null {
  return (
    tags(html)
      .find((t) => t.name === 'html')
      ?.attrs.get('lang') ?? null
  );
}

/** The policy in <meta http-equiv="Content-Security-Policy">, and whether it precedes every resource. */
export function cspMeta(html: string): { policy: string | null; early: boolean } {
  let seenResource = false;
  for (const t of tags(html)) {
    if (t.name === 'meta' && t.attrs.get('http-equiv')?.toLowerCase() === 'content-security-policy') {
      return { policy: t.attrs.get('content') ?? '', early: !seenResource };
    }
    if (t.name === 'link' || t.name === 'script' || t.name === 'style' || t.name === 'body') seenResource = true;
  }
  return { policy: null, early: false };
}

export function referrerMeta(html: string): string | null {
  return (
    tags(html)
      .find((t) => t.name === 'meta' && t.attrs.get('name')?.toLowerCase() === 'referrer')
      ?.attrs.get('content') ?? null
  );
}

const decode = decodeEntities;

/**
 * Text inside the element that has `marker` (an attribute name, e.g. data-prosa) that is NOT
 * inside any element carrying data-bind, plus how many bound elements there were.
 */
export function unboundText(html: string, marker: string): { text: string; bound: number; found: boolean } {
  const stack: { prose: boolean; bound: boolean }[] = [];
  let prose = 0;
  let bound = 0;
  let count = 0;
  let found = false;
  let text = '';
  const token = new RegExp(TOKEN.source, 'g');
  let m: RegExpExecArray | null;
  while ((m = token.exec(html))) {
    if (m[4] !== undefined) {
      if (prose > 0 && bound === 0) text += decode(m[4]);
      continue;
    }
    if (!m[2]) continue;
    const name = m[2].toLowerCase();
    const attrs = m[3] ?? '';
    if (m[1] === '/') {
      const top = stack.pop();
      if (top?.prose) prose--;
      if (top?.bound) bound--;
      continue;
    }
    if (VOID.has(name) || /\/\s*$/.test(attrs)) continue;
    const isProse = new RegExp(`\\s${marker}(?=[\\s=>]|$)`).test(attrs);
    const isBound = prose > 0 && /\sdata-bind=/.test(attrs);
    if (isProse) found = true;
    if (isBound && bound === 0) count++;
    stack.push({ prose: isProse, bound: isBound });
    if (isProse) prose++;
    if (isBound) bound++;
    if (name === 'script' || name === 'style') {
      // Raw text elements: their content is not prose.
      const end = html.indexOf(`</${name}`, m.index + m[0].length);
      token.lastIndex = end < 0 ? html.length : end;
    }
  }
  return { text, bound: count, found };
}

export function metaContent(html: string, key: string): string | null {
  const re = new RegExp(`<meta\\s+(?:name|property)="${key.replace(/[:.]/g, '\\$&')}"\\s+content="([^"]*)"`, 'i');
  const m = re.exec(html);
  return m ? decode(m[1]!) : null;
}

export function jsonLd(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (m) => JSON.parse(m[1]!) as Record<string, unknown>,
  );
}

export const titleOf = (html: string) => decode(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '');
