import variables from 'virtual:sitevar-docs/core-variables';
import type { CoreVariable } from '../registry/core-acceptance.ts';
import { applyValues } from './apply.ts';
import { ANY_KEY_PREFIX } from './choice-keys.ts';
import { showChoices } from './choices.ts';
import { readGuideContext } from './guide-context.ts';
import { PAGE_END, STORAGE_BLOCKED, VALUES_APPLIED, VALUES_CHANGED } from './page-attributes.ts';
import { setUpPageLoader, verifyHeldBack } from './page-loader.ts';
import { shared } from './shared-state.ts';
import { readStoredValues } from './stored-values.ts';

// The runtime's core: the page's only script, inlined in <head>. As the head is parsed it shows
// the reader's theme and code wrapping, and, when they may have saved values or choices (any of
// our storage keys), keeps marked text, tab sets and section lists hidden. When the parser
// reaches the end of <body> (the empty `<sitevar-page-end>` element, whose connection runs
// synchronously, as a script there would), it puts the stored values and choices in place before
// the first paint and from then on follows changes made in other tabs. It carries no validators:
// each variable's pattern (`registry/core-acceptance.ts`) accepts the common canonical values,
// and anything else is held back (its marks hidden) for the full check (`verify-stored.ts`).
// Everything else loads when the reader first uses it. The core never writes into a preferences
// field: `form-sync.ts` fills them once it has marked what the reader already typed. One script
// rather than one in <head> and one at the end of <body>: they share their code and compress as one.
const byName = new Map(variables.map((variable) => [variable.name, variable]));
const lookup = (name: string) => byName.get(name);
const root = document.documentElement;
const context = readGuideContext(root);
shared.variables = variables;
const accepts = (variable: CoreVariable, value: string) => (variable.accept !== undefined && new RegExp(variable.accept, 'u').test(value)) || undefined;

function applyStored(): void {
  const { values, waiting } = readStoredValues(variables, accepts, context);
  shared.waitingNames = new Set(waiting);
  applyValues(lookup, values, context?.defaults);
  shared.values = values;
  dispatchEvent(new Event(VALUES_APPLIED));
  // Stored values the core's patterns do not cover (credentials, punycode) wait for the full
  // check: on load, or later when another tab stores one.
  if (waiting.length > 0) verifyHeldBack();
}

/** Everything remembered: the display choices (theme, tabs, section order) and the values. */
function showStored(): void {
  showChoices();
  applyStored();
}

/** The end of <body>: everything the page shows is parsed, and nothing is painted yet. */
function setUpPage(): void {
  setUpPageLoader(showStored);
  try {
    showStored();
  } finally {
    root.classList.remove('sitevar-pending');
  }
  addEventListener('storage', (event) => {
    if (event.key === null || event.key.startsWith(ANY_KEY_PREFIX)) showStored();
  });
  addEventListener(VALUES_CHANGED, showStored);
  // Back to a page kept in the back-forward cache: other pages may have changed values meanwhile.
  addEventListener('pageshow', (event) => {
    if (event.persisted) showStored();
  });
}

// In <head>: controls that need scripts are revealed by the `js` class; the theme and wrapping
// apply to <html> before anything is painted (the body is not parsed yet, so the rest of the
// choices find nothing to do until the end of <body>).
root.classList.add('js');
showChoices();
try {
  if (Object.keys({ ...localStorage, ...sessionStorage }).some((key) => key.startsWith(ANY_KEY_PREFIX))) root.classList.add('sitevar-pending');
} catch {
  // Storage blocked: nothing saved, nothing to wait for; the form tells the reader nothing it
  // is given will be remembered.
  root.setAttribute(STORAGE_BLOCKED, '');
}
let started = false;
customElements.define(
  PAGE_END,
  class extends HTMLElement {
    connectedCallback(): void {
      if (started) return;
      started = true;
      setUpPage();
    }
  },
);
