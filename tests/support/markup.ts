// Checks on the HTML text of every page (no browser needed, so they cover all pages, not one
// per type): language, heading order, the CSP meta tag.
import { tags } from './links.ts';

/** Headings in document order: one h1, first; no level skipped on the way down. */
export function headingProblems(html: string): string[] {
  const text = html.replace(/<!--[\s\S]*?-->|<script\b[\s\S]*?<\/script>|<style\b[\s\S]*?<\/style>|<template\b[\s\S]*?<\/template>/gi, '');
  const levels = [...text.matchAll(/<h([1-6])\b/gi)].map((m) => Number(m[1]));
  const out: string[] = [];
  const h1s = levels.filter((l) => l === 1).length;
  if (h1s !== 1) out.push(`harus ada tepat satu <h1>, ada ${h1s}`);
  if (levels.length && levels[0] !== 1) out.push(`judul pertama adalah <h${levels[0]}>, bukan <h1>`);
  for (let i = 1; i < levels.length; i++) {
    if (levels[i]! > levels[i - 1]! + 1) out.push(`<h${levels[i - 1]}> langsung diikuti <h${levels[i]}> (tingkat judul terlewati)`);
  }
  return out;
}

export function langOf(html: string): string | null {
  return tags(html).find((t) => t.name === 'html')?.attrs.get('lang') ?? null;
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
  return tags(html).find((t) => t.name === 'meta' && t.attrs.get('name')?.toLowerCase() === 'referrer')?.attrs.get('content') ?? null;
}
