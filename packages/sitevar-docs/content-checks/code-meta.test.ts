import { describe, expect, it } from 'vitest';
import { frameOf, parseCodeMeta, parseLineRanges, withoutDeletedLines } from './code-meta.ts';

const lines = (set: ReadonlySet<number>) => [...set].sort((a, b) => a - b);

describe('parseCodeMeta', () => {
  it('reads both title spellings of the authoring contract', () => {
    expect(parseCodeMeta('title="configuration.yml"').title).toBe('configuration.yml');
    expect(parseCodeMeta('{title="configuration.yml"}').title).toBe('configuration.yml');
    expect(parseCodeMeta("title='a b.yml'").title).toBe('a b.yml');
    expect(parseCodeMeta(undefined)).toMatchObject({ lineNumbers: false, startLineNumber: 1, problems: [] });
    expect(parseCodeMeta(undefined).title).toBeUndefined();
  });

  it("reads Expressive Code's line syntax", () => {
    const meta = parseCodeMeta('title="x.yml" {1, 3-5} ins={7} del={8-9} showLineNumbers startLineNumber=10 frame="terminal"');
    expect(meta.problems).toEqual([]);
    expect(lines(meta.marked)).toEqual([1, 3, 4, 5]);
    expect(lines(meta.inserted)).toEqual([7]);
    expect(lines(meta.deleted)).toEqual([8, 9]);
    expect(meta).toMatchObject({ title: 'x.yml', lineNumbers: true, startLineNumber: 10, frame: 'terminal' });
    expect(parseCodeMeta('mark={2}').marked.has(2)).toBe(true);
    expect(parseCodeMeta('showLineNumbers=false').lineNumbers).toBe(false);
  });

  it("reads Hugo's highlight options, so guides from Hugo keep their marks", () => {
    const meta = parseCodeMeta('{title="configuration.yml" linenos=table,hl_lines=[8,"15-17"],linenostart=199}');
    expect(meta.problems).toEqual([]);
    expect(lines(meta.marked)).toEqual([8, 15, 16, 17]);
    expect(meta).toMatchObject({ title: 'configuration.yml', lineNumbers: true, startLineNumber: 199 });
    expect(parseCodeMeta('{title="a.yml"} {2-3}').marked.size).toBe(2);
  });

  it('keeps flags such as novalidate', () => {
    expect(parseCodeMeta('title="part.yml" novalidate').flags.has('novalidate')).toBe(true);
  });

  it.each([
    ['colour="red"', /"colour" is not something a fence understands: write title=/],
    ['{2-x}', /"2-x" is not a line or a range of lines/],
    ['ins={4-2}', /ins: "4-2" is not a range of lines/],
    ['del', /del needs lines: del=\{2-4\}/],
    ['frame="window"', /frame=window: write frame="code", frame="terminal" or frame="none"/],
    ['title="unclosed', /" at character 7 is never closed/],
    ['startLineNumber=-3', /startLineNumber=-3: the first line's number/],
    ['ins={2} del={2}', /line 2 is both inserted \(ins\) and deleted \(del\)/],
    ['"text marker"', /"text marker" is not something a fence understands/],
    ['{0}', /"0" is not a range of lines/],
    ['{1-999999}', /"1-999999" is not a range of lines/],
  ])('explains what is wrong with %s', (raw, message) => {
    expect(parseCodeMeta(raw).problems.join('\n')).toMatch(message);
  });
});

describe('parseLineRanges', () => {
  it('reads single lines and ranges, in any order and spacing', () => {
    expect(lines(parseLineRanges(' 4 , 1-2,2 ') as Set<number>)).toEqual([1, 2, 4]);
  });

  it('adds each line once however the ranges overlap', () => {
    expect(lines(parseLineRanges('5-9, 1-3, 2-6, 8') as Set<number>)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});

describe('the bounds on marked lines', () => {
  const ranges = (count: number) => Array.from({ length: count }, (_, index) => `${index + 1}-5000`).join(',');

  it('takes up to 100 ranges a key, however long, and ranges up to the most lines a block may have', () => {
    const meta = parseCodeMeta(`mark={${ranges(100)}} ins={1-5000}`);
    expect(meta.problems).toEqual([]);
    expect(meta.marked.size).toBe(5000);
    expect(parseCodeMeta('{5001}').problems).toEqual([
      'The marked lines {…}: "5001" is not a range of lines (they count from 1, first line first, up to 5,000)',
    ]);
  });

  it('refuses more ranges than that, counting every spelling of the marked lines together', () => {
    expect(parseCodeMeta(`mark={${ranges(101)}}`).problems).toEqual([
      'mark: more than 100 lines or ranges of lines, the most a fence may mark this way: mark fewer, longer ranges',
    ]);
    expect(parseCodeMeta(`{${ranges(60)}} hl_lines=[${ranges(41)}]`).problems).toEqual([
      'hl_lines: more than 100 lines or ranges of lines, the most a fence may mark this way: mark fewer, longer ranges',
    ]);
  });

  it('still numbers lines of an excerpt from far into its file', () => {
    expect(parseCodeMeta('startLineNumber=12000')).toMatchObject({ startLineNumber: 12000, problems: [] });
  });
});

describe('frameOf', () => {
  it('gives shell languages a terminal, files a code frame, and the author the last word', () => {
    expect(frameOf(parseCodeMeta(''), 'bash')).toBe('terminal');
    expect(frameOf(parseCodeMeta(''), 'console')).toBe('terminal');
    expect(frameOf(parseCodeMeta('title="Run it"'), 'shell')).toBe('terminal');
    expect(frameOf(parseCodeMeta('title="install.sh"'), 'shell')).toBe('code');
    expect(frameOf(parseCodeMeta(''), 'yaml')).toBe('code');
    expect(frameOf(parseCodeMeta('frame="terminal"'), 'text')).toBe('terminal');
  });
});

describe('withoutDeletedLines', () => {
  it('gives the file after the change', () => {
    expect(withoutDeletedLines('a\nold\nnew\nb', parseCodeMeta('del={2} ins={3}'))).toBe('a\nnew\nb');
    expect(withoutDeletedLines('a\nb', parseCodeMeta(''))).toBe('a\nb');
  });
});
