// Proves the harness edits the production index.html in exactly two places and keeps the rest of its CSP. Must not import main/.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bridgeScriptTag, transformIndexHtml } from '../../harness/index-html';

const productionHtml = readFileSync(new URL('../../../renderer/index.html', import.meta.url), 'utf8');

function cspDirectives(html: string): Map<string, string> {
  const content = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html)?.[1];
  if (content === undefined) throw new Error('no CSP meta tag');
  return new Map(
    content
      .split(';')
      .map((directive) => directive.trim())
      .filter((directive) => directive !== '')
      .map((directive) => {
        const [name = '', ...values] = directive.split(/\s+/);
        return [name, values.join(' ')];
      }),
  );
}

describe('transformIndexHtml on the production page', () => {
  const transformed = transformIndexHtml(productionHtml);

  it('puts the bridge as a classic script last in <head>', () => {
    expect(transformed).toContain(`${bridgeScriptTag}</head>`);
    expect(bridgeScriptTag).toBe('<script src="/__harness/bridge.js"></script>');
    expect(transformed.split(bridgeScriptTag)).toHaveLength(2);
  });

  it("opens connect-src to 'self' and leaves every other CSP directive as it was", () => {
    const before = cspDirectives(productionHtml);
    const after = cspDirectives(transformed);
    expect(before.get('connect-src')).toBe("'none'");
    expect(after.get('connect-src')).toBe("'self'");
    before.delete('connect-src');
    after.delete('connect-src');
    expect(after).toEqual(before);
    expect(after.get('script-src')).toBe("'self'");
    expect(after.get('default-src')).toBe("'self'");
  });

  it('changes nothing else', () => {
    const undone = transformed.replace(bridgeScriptTag, '').replace("connect-src 'self'", "connect-src 'none'");
    expect(undone).toBe(productionHtml);
  });
});

describe('transformIndexHtml on a built page', () => {
  const built =
    '<!doctype html>\n<html lang="en">\n  <head lang="en">\n    <meta charset="UTF-8" />\n' +
    '    <meta http-equiv=\'Content-Security-Policy\' content="default-src \'self\'; connect-src \'none\'" />\n' +
    '    <script type="module" crossorigin src="./assets/index-abc123.js"></script>\n  </head>\n  <body><div id="root"></div></body>\n</html>\n';

  it('handles head attributes, single-quoted http-equiv and keeps the module script, which it follows', () => {
    const transformed = transformIndexHtml(built);
    expect(transformed.indexOf(bridgeScriptTag)).toBeGreaterThan(transformed.indexOf('<script type="module"'));
    expect(transformed).toContain(`</script>\n  ${bridgeScriptTag}</head>`);
    expect(transformed).toContain("content=\"default-src 'self'; connect-src 'self'\"");
    expect(transformed).toContain('<script type="module" crossorigin src="./assets/index-abc123.js"></script>');
    expect(transformed.length).toBe(built.length + bridgeScriptTag.length + "'self'".length - "'none'".length);
  });

  it("leaves a connect-src 'none' outside the CSP meta tag alone", () => {
    const withText = built.replace('<div id="root"></div>', "<p>connect-src 'none'</p>");
    expect(transformIndexHtml(withText)).toContain("<p>connect-src 'none'</p>");
  });
});

describe('transformIndexHtml refuses pages it cannot edit safely', () => {
  it('without a CSP meta tag', () => {
    expect(() => transformIndexHtml('<html><head></head></html>')).toThrow(/Content-Security-Policy meta tag/);
  });

  it("without connect-src 'none'", () => {
    const html = productionHtml.replace("connect-src 'none'", "connect-src 'self'");
    expect(() => transformIndexHtml(html)).toThrow(/connect-src 'none'/);
  });

  it('with two CSP meta tags', () => {
    const meta = '<meta http-equiv="Content-Security-Policy" content="connect-src \'none\'" />';
    expect(() => transformIndexHtml(`<html><head>${meta}${meta}</head></html>`)).toThrow(/found 2/);
  });

  it('without a </head>', () => {
    expect(() => transformIndexHtml('<meta http-equiv="Content-Security-Policy" content="connect-src \'none\'">')).toThrow(/<\/head> tag/);
  });
});
