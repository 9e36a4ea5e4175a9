/// <reference types="astro/client" />

declare module 'virtual:sitevar/inline-scripts' {
  /** Runs in <head>: marks that scripts run and hides values about to be personalised. */
  export const firstPaint: string;
  /** Runs at the end of <body>: puts the reader's saved values in place before first paint. */
  export const applyStored: string;
}

declare namespace App {
  interface Locals {
    /** On a guide page: the variables it uses, so its own form lists only those. */
    usedVariables?: ReadonlySet<string>;
    /** On a guide page: its defaults for its own variables. */
    guideDefaults?: Readonly<Record<string, string>>;
  }
}

declare module 'punycode/punycode.es6.js' {
  /** RFC 3492 decoding of the part of a label after `xn--`; throws on invalid input. */
  export function decode(input: string): string;
  export function encode(input: string): string;
}
