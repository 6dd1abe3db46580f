import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { REPORTERS } from '../../reports/index.ts';
import { forbiddenChars } from './_chars.ts';
import { CONTEXT, HOSTILE, RUN, RUN_NO_EXPLORE } from './fixtures.ts';

const page = REPORTERS.html.render(RUN, CONTEXT);

describe('HTML report (static checks)', () => {
  it('forbids network access by CSP and allows exactly its own script by hash', () => {
    const attr = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(page)?.[1] ?? '';
    const csp = attr.replace(/&#39;/g, "'");
    expect(csp).toContain("default-src 'none'");
    const scripts = [...page.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
    expect(scripts).toHaveLength(1);
    const hash = createHash('sha256')
      .update(scripts[0] ?? '')
      .digest('base64');
    expect(csp).toContain(`script-src 'sha256-${hash}'`);
  });

  it('loads nothing from outside: no src, no stylesheet link, no url() but in-page markers', () => {
    expect(page).not.toMatch(/<(img|script|iframe|link)\b[^>]*\b(src|href)=/i);
    expect(page).not.toMatch(/url\((?!#arrow-\d+\))/i);
    expect(page).not.toMatch(/@import/i);
  });

  it('never lets a hostile string through as markup', () => {
    for (const text of [HOSTILE.script, HOSTILE.attr, HOSTILE.pwned, HOSTILE.quote, '<svg onload']) {
      expect(page).not.toContain(text);
    }
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(forbiddenChars(page)).toEqual([]);
  });

  it('has the matrix, a timeline per scenario with entries, the diagrams and the explore charts', () => {
    expect(page).toContain('<table class="matrix" id="matrix">');
    expect(page.match(/<tr\s+data-group=/g)).toHaveLength(CONTEXT.catalogue.length);
    expect(page.match(/<div class="timeline scroll"/g)).toHaveLength(
      RUN.results.filter((r) => r.timeline.length > 0).length,
    );
    expect(page.match(/<figure class="diagram panel"/g)).toHaveLength(CONTEXT.diagrams.length);
    expect(page).toContain('Runs exercising each rule');
    expect(REPORTERS.html.render(RUN_NO_EXPLORE, CONTEXT)).not.toContain('id="explore"');
  });
});
