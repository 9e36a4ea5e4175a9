/**
 * RFC 3492 decoding of the part of a punycode label after `xn--`, or undefined when it is not
 * valid punycode. Written here rather than imported because it runs before first paint on every
 * page: the punycode package's whole decoder with its error messages costs three times the
 * bytes. Callers need only this much: `isValidPunycode` (validation.ts) encodes the result again
 * with the platform's URL parser and accepts the label only if that gives it back unchanged, so a
 * wrong decoding can never let a bad label through.
 */
const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;

function adapt(delta: number, points: number, first: boolean): number {
  let scaled = first ? Math.floor(delta / 700) : delta >> 1;
  scaled += Math.floor(scaled / points);
  let k = 0;
  for (; scaled > ((BASE - T_MIN) * T_MAX) >> 1; k += BASE) scaled = Math.floor(scaled / (BASE - T_MIN));
  return k + Math.floor(((BASE - T_MIN + 1) * scaled) / (scaled + 38));
}

function digitOf(code: number): number {
  if (code >= 48 && code < 58) return code - 22;
  if (code >= 65 && code < 91) return code - 65;
  if (code >= 97 && code < 123) return code - 97;
  return BASE;
}

export function decodePunycode(input: string): string | undefined {
  const delimiter = Math.max(input.lastIndexOf('-'), 0);
  const output: number[] = [];
  for (let index = 0; index < delimiter; index++) {
    const code = input.charCodeAt(index);
    if (code >= 0x80) return undefined;
    output.push(code);
  }
  let point = 128;
  let bias = 72;
  let i = 0;
  for (let index = delimiter > 0 ? delimiter + 1 : 0; index < input.length; ) {
    const previous = i;
    for (let weight = 1, k = BASE; ; k += BASE) {
      if (index >= input.length) return undefined;
      const digit = digitOf(input.charCodeAt(index++));
      if (digit >= BASE) return undefined;
      i += digit * weight;
      const threshold = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
      if (digit < threshold) break;
      weight *= BASE - threshold;
    }
    const points = output.length + 1;
    bias = adapt(i - previous, points, previous === 0);
    point += Math.floor(i / points);
    i %= points;
    if (!Number.isSafeInteger(i) || point > 0x10ffff) return undefined;
    output.splice(i++, 0, point);
  }
  return String.fromCodePoint(...output);
}
