import { transformerStyleToClass } from '@shikijs/transformers';
import { codeToHtml } from 'shiki';
import { describe, expect, it } from 'vitest';
import { TEST_SITE as site } from '../registry/fixtures/site.ts';
import { CODE_COLOR_PREFIX, codeColorRules } from './code-color-rules.ts';
import { createGuideRenderer } from './guide-renderer.ts';

const classesOf = (css: string) => new Set([...css.matchAll(/\.([\w-]+)\{/g)].map((match) => match[1]!));

describe('code colour rules', () => {
  it("write a class's rule as Shiki's style-to-class transformer does (its registry read directly: this fails when Shiki changes how)", async () => {
    const styleToClass = transformerStyleToClass({ classPrefix: CODE_COLOR_PREFIX });
    await codeToHtml('key: value # note\nlist: [1, true]', {
      lang: 'yaml',
      themes: { light: 'github-light', dark: 'github-dark' },
      transformers: [styleToClass],
    });
    const css = styleToClass.getCSS();
    expect(css).toMatch(/^\.c-[\w-]+\{/);
    const all = new Set(styleToClass.getClassRegistry().keys());
    expect(codeColorRules(styleToClass.getClassRegistry(), all)).toBe(css);
    const [first] = all;
    expect(codeColorRules(styleToClass.getClassRegistry(), new Set([first!]))).toBe(css.slice(0, css.indexOf('}') + 1));
  });

  it('of a guide are those its blocks use, not all the renderer has met', async () => {
    const renderer = createGuideRenderer(site, { guidesDirectory: 'packages/sitevar-docs/markdown/fixtures' });
    const yaml = await renderer.render('```yaml\nkey: value # note\n```\n', 'a.mdx', {});
    const shell = await renderer.render('```shell\necho "$HOME" | grep -v x\n```\n', 'b.mdx', {});
    const used = (html: string) => new Set([...html.matchAll(/\b(c-[\w-]+)/g)].map((match) => match[1]!));
    expect(classesOf(yaml.codeColors)).toEqual(used(yaml.html));
    expect(classesOf(shell.codeColors)).toEqual(used(shell.html));
    expect(classesOf(shell.codeColors).size).toBeGreaterThan(0);
  });
});
