import { flatTokenVariants, type ShikiTransformer, stringifyTokenStyle, type ThemedToken, type ThemeRegistration } from 'shiki';

/**
 * Two colour themes from one tokenisation. Given two themes, Shiki tokenises every block once per
 * theme and lines the tokens up; the tokenising (the grammar's regular expressions) is most of a
 * guide's highlighting time, and it is the same work twice, because the two themes of a pair like
 * GitHub's light and dark differ in their colours only: the same rules, scopes and font styles.
 *
 * So the guides are highlighted with one theme made from the pair: its rules are the pair's, each
 * colour replaced by one that stands for the rule (its index). The transformer then gives every
 * token the light and dark colours of its rule, written exactly as Shiki writes a token of two
 * themes (`--shiki-light`, `--shiki-dark`, …), joins neighbours that now look alike, and only then
 * joins whitespace to the token after it, as Shiki does to the lined-up tokens of two themes. The
 * HTML is the same as two tokenisations give (`one-pass-themes.test.ts` holds it to that).
 */

type Rule = NonNullable<ThemeRegistration['tokenColors']>[number];
type Colour = string | undefined;

/** The name of the made theme: the transformer takes its class off the block (`shiki-sitevar.ts`). */
export const ONE_PASS_THEME = 'sitevar-docs-light-dark';

// Colours that stand for the theme's defaults and for rule `index`'s foreground and background.
const DEFAULT_FOREGROUND = '#000000';
const DEFAULT_BACKGROUND = '#010000';
const foregroundOf = (index: number) => `#02${index.toString(16).padStart(4, '0')}`.toUpperCase();
const backgroundOf = (index: number) => `#03${index.toString(16).padStart(4, '0')}`.toUpperCase();

const rulesOf = (theme: ThemeRegistration): Rule[] => theme.tokenColors ?? [];
const shapeOf = (rule: Rule) =>
  JSON.stringify([rule.scope, rule.settings.fontStyle, rule.settings.foreground !== undefined, rule.settings.background !== undefined]);

/** Why the two themes cannot share a tokenisation (their rules differ in more than colours), or undefined. */
export function pairProblem(light: ThemeRegistration, dark: ThemeRegistration): string | undefined {
  const [lightRules, darkRules] = [rulesOf(light), rulesOf(dark)];
  if (lightRules.length !== darkRules.length) return `${light.name} has ${lightRules.length} rules and ${dark.name} ${darkRules.length}`;
  const differing = lightRules.findIndex((rule, index) => shapeOf(rule) !== shapeOf(darkRules[index]!));
  if (differing >= 0) return `rule ${differing} of ${light.name} and of ${dark.name} differ in more than their colours`;
  return undefined;
}

export interface OnePassThemes {
  /** The theme to highlight with. */
  readonly theme: ThemeRegistration;
  /** Puts the pair's colours back: first of the transformers, before any that reads the tokens' styles. */
  readonly transformer: ShikiTransformer;
}

export function onePassThemes(light: ThemeRegistration, dark: ThemeRegistration): OnePassThemes {
  const problem = pairProblem(light, dark);
  if (problem) throw new Error(`The light and dark code themes cannot be highlighted in one pass: ${problem}.`);
  const [lightRules, darkRules] = [rulesOf(light), rulesOf(dark)];
  const editor = (theme: ThemeRegistration, key: 'foreground' | 'background') => theme.colors?.[`editor.${key}`];
  // A token's colours as Shiki's tokeniser reports them: upper case.
  const pairs = new Map<string, [Colour, Colour]>([
    [DEFAULT_FOREGROUND, [editor(light, 'foreground')?.toUpperCase(), editor(dark, 'foreground')?.toUpperCase()]],
  ]);
  const tokenColors = lightRules.map((rule, index): Rule => {
    const other = darkRules[index]!.settings;
    const settings = { ...rule.settings };
    if (rule.settings.foreground !== undefined) {
      settings.foreground = foregroundOf(index);
      pairs.set(settings.foreground, [rule.settings.foreground.toUpperCase(), other.foreground!.toUpperCase()]);
    }
    if (rule.settings.background !== undefined) {
      settings.background = backgroundOf(index);
      pairs.set(settings.background, [rule.settings.background.toUpperCase(), other.background!.toUpperCase()]);
    }
    return { ...rule, settings };
  });
  const theme: ThemeRegistration = {
    name: ONE_PASS_THEME,
    type: light.type ?? 'light',
    colors: { 'editor.foreground': DEFAULT_FOREGROUND, 'editor.background': DEFAULT_BACKGROUND },
    tokenColors,
  };
  // The block's own colours, as Shiki writes them for two themes with no default (the themes' text as written).
  const blockStyle = [
    `--shiki-light:${editor(light, 'foreground')};--shiki-dark:${editor(dark, 'foreground')}`,
    `--shiki-light-bg:${editor(light, 'background')};--shiki-dark-bg:${editor(dark, 'background')}`,
  ].join(';');
  const singleBlockStyle = `background-color:${DEFAULT_BACKGROUND};color:${DEFAULT_FOREGROUND}`;

  const pairOf = (colour: Colour): [Colour, Colour] => (colour === undefined ? [undefined, undefined] : (pairs.get(colour.toUpperCase()) ?? [colour, colour]));
  // A rule's look in both themes, as Shiki writes it for a token of two themes, made once.
  const looks = new Map<string, Look>();
  const lookOf = (token: ThemedToken): Look => {
    const key = `${token.color} ${token.bgColor} ${token.fontStyle}`;
    let look = looks.get(key);
    if (!look) {
      const [lightColour, darkColour] = pairOf(token.color);
      const [lightBackground, darkBackground] = pairOf(token.bgColor);
      const variant = (color: Colour, bgColor: Colour) => ({ content: '', offset: 0, color, bgColor, fontStyle: token.fontStyle }) as ThemedToken;
      const { htmlStyle } = flatTokenVariants(
        { content: '', offset: 0, variants: { light: variant(lightColour, lightBackground), dark: variant(darkColour, darkBackground) } },
        ['light', 'dark'],
        '--shiki-',
        false,
        'css-vars',
      );
      look = { htmlStyle: htmlStyle!, text: stringifyTokenStyle(htmlStyle!) };
      looks.set(key, look);
    }
    return look;
  };

  return {
    theme,
    transformer: {
      name: 'sitevar-docs:one-pass-themes',
      preprocess(_code, options) {
        // Whitespace joins the token after it once the tokens carry both colours (below), as it
        // does for two themes: joined now, it could follow a token that later merges with the one
        // before it. (The highlighter's caller offers no way to say so: the option is read after this.)
        options.mergeWhitespaces = false;
      },
      tokens(lines) {
        return lines.map((line) => joinWhitespace(joinAlike(line, lookOf)));
      },
      pre(pre) {
        const style = String(pre.properties['style'] ?? '');
        if (!style.includes(singleBlockStyle)) throw new Error(`The code block's style was not the one-pass theme's: ${style}`);
        pre.properties['style'] = style.replace(singleBlockStyle, blockStyle);
      },
    },
  };
}

interface Look {
  readonly htmlStyle: Record<string, string>;
  /** The style as text, to tell looks apart. */
  readonly text: string;
}

/**
 * The tokens with both themes' colours, neighbours that look the same in both as one token: where
 * two tokenisations line up, they are one.
 */
function joinAlike(line: ThemedToken[], lookOf: (token: ThemedToken) => Look): ThemedToken[] {
  const joined: ThemedToken[] = [];
  let previousLook: Look | undefined;
  for (const token of line) {
    const look = lookOf(token);
    const previous = joined.at(-1);
    if (previous && previousLook!.text === look.text) previous.content += token.content;
    else joined.push({ content: token.content, offset: token.offset, explanation: token.explanation, htmlStyle: { ...look.htmlStyle } } as ThemedToken);
    previousLook = look;
  }
  return joined;
}

/** Whitespace-only tokens joined to the token after them, as Shiki does with tokens of two themes (which carry no font style to keep apart). */
function joinWhitespace(line: ThemedToken[]): ThemedToken[] {
  const joined: ThemedToken[] = [];
  let carried = '';
  let offset: number | undefined;
  line.forEach((token, index) => {
    if (/^\s+$/.test(token.content) && line[index + 1]) {
      offset ??= token.offset;
      carried += token.content;
    } else if (carried) {
      joined.push({ ...token, offset: offset!, content: carried + token.content });
      carried = '';
      offset = undefined;
    } else joined.push(token);
  });
  return joined;
}
