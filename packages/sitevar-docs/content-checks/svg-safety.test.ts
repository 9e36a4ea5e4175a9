import { describe, expect, it } from 'vitest';
import { svgProblems } from './svg-safety.ts';

const SVG = 'xmlns="http://www.w3.org/2000/svg"';

/** `line:column  message` of each problem. */
const located = (text: string) => svgProblems(text).map((problem) => `${problem.line}:${problem.column}  ${problem.message}`);

describe('svgProblems', () => {
  it('passes a drawing whose references stay inside it, and bitmaps written into it', () => {
    const drawing = [
      `<svg ${SVG} xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">`,
      '  <defs><linearGradient id="g"/><circle id="dot" r="1"/></defs>',
      '  <style>.a { fill: url(#g) } .b { fill: url( "#g" ) } /* url(comment) is no load */</style>',
      '  <rect style="fill:url(\'#g\')" fill="url(#g)" width="10" height="10"/>',
      '  <use href="#dot"/><use xlink:href="#dot"/><a href="#g"><text>go</text></a>',
      '  <image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/>',
      '  <animate attributeName="opacity" values="0;1"/>',
      '</svg>',
    ].join('\n');
    expect(svgProblems(drawing)).toEqual([]);
  });

  it('finds loads hidden by entities, CDATA and CSS escapes, located where they are written', () => {
    expect(
      located(`<svg ${SVG}><style><![CDATA[\n.a { fill: url(x.svg#p) }\n]]></style><rect fill="u&#114;l(http://e/p)" style="fill: u\\72l(http://e/q)"/></svg>`),
    ).toEqual([
      '2:12  url(x.svg#p) loads something from outside the file: an SVG beside a guide may only use its own parts (url(#…)). Remove it, or embed what it draws.',
      // Not written plainly (a character reference, a CSS escape): located at its attribute.
      '3:18  url(http://e/p) loads something from outside the file: an SVG beside a guide may only use its own parts (url(#…)). Remove it, or embed what it draws.',
      '3:46  url(http://e/q) loads something from outside the file: an SVG beside a guide may only use its own parts (url(#…)). Remove it, or embed what it draws.',
    ]);
  });

  it('refuses image-set, data that is not a bitmap, and a link put in by animation', () => {
    expect(
      located(`<svg ${SVG}><style>.a { background: image-set("x.png" 1x) }</style><image href="data:text/html,hi"/><set attributeName="HREF" to="x"/></svg>`),
    ).toEqual([
      '1:65  image-set(…) loads an image from outside the file: remove it.',
      '1:103  href="data:text/html,hi" points outside the file: an SVG beside a guide may only link to its own parts (href="#…"). Remove it, or embed what it points to.',
      '1:134  <set attributeName="HREF"> changes a link as it animates, and can make it run code: remove it.',
    ]);
  });

  it('refuses a file that is no SVG, HTML in one, and script by another name', () => {
    expect(located('<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>')).toEqual([
      '1:1  This is not an SVG image: its root element is <html>, not <svg>.',
      '1:44  <body> is an HTML element, which can load pages and run code: remove it (an SVG beside a guide holds SVG only).',
    ]);
    expect(
      located(`<svg ${SVG}><handler type="application/ecmascript">alert(1)</handler><h:img xmlns:h="http://www.w3.org/1999/xhtml" src="x"/></svg>`),
    ).toEqual([
      '1:41  <handler> runs code when the image is opened on its own: remove it (an image beside a guide runs no code).',
      '1:98  <h:img> is an HTML element, which can load pages and run code: remove it (an SVG beside a guide holds SVG only).',
    ]);
  });

  it('refuses what is not well-formed XML at the first fault, saying what it is', () => {
    const fault = (reason: string) => `This SVG is not well-formed XML (${reason}): fix it, or export it again from the editor that made it.`;
    expect(located('')).toEqual([`1:1  ${fault('document must contain a root element')}`]);
    expect(located(`<svg ${SVG}>\n  <text>&nbsp;</text>\n</svg>`)).toEqual([`2:14  ${fault('undefined entity')}`]);
    expect(located(`<svg ${SVG}><use xlink:href="#a"/></svg>`)).toEqual([`1:62  ${fault('unbound namespace prefix: "xlink"')}`]);
  });

  it("counts columns as the guides' checks do: JavaScript characters, an emoji two", () => {
    expect(located(`<svg ${SVG}><text>😀</text><script/></svg>`)).toEqual([
      '1:56  <script> runs code when the image is opened on its own: remove it (an image beside a guide runs no code).',
    ]);
  });
});
