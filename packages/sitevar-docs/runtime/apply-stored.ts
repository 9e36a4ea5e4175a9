import variables from 'virtual:sitevar-docs/core-variables';
import type { CoreVariable } from '../registry/core-acceptance';
import { applyValues } from './apply';
import { keepChoice, showChoices } from './choices';
import { ANY_KEY_PREFIX } from './remember-choice';
import { readGuideContext } from './guide-context';
import { setUpPageLoader } from './page-loader';
import { CHOICE_MADE, VALUES_APPLIED, VALUES_CHANGED, VERIFY_NEEDED, VERIFYING } from './page-attributes';
import { shared } from './shared-state';
import { readStoredValues } from './stored-values';

// The runtime's core, inlined at the end of <body> and run synchronously: it puts a returning
// reader's values in place before the first paint and follows changes made in other tabs.
// It carries no validators: each variable's pattern (`registry/core-acceptance.ts`) accepts the
// common canonical values, and anything else is held back (its marks hidden) for the full check,
// which the page module loads (`verify-stored.ts`). Everything else loads when the reader first
// uses it. The core never writes into a preferences field: `form-sync.ts` fills them once it
// has marked what the reader already typed.
const byName = new Map(variables.map((variable) => [variable.name, variable]));
const lookup = (name: string) => byName.get(name);
const context = readGuideContext(lookup);
const root = document.documentElement;
shared.variables = variables;
const accepts = (variable: CoreVariable, value: string) => (variable.accept !== undefined && new RegExp(variable.accept, 'u').test(value)) || undefined;

function applyStored(): void {
  const { values, waiting } = readStoredValues(variables, accepts, context);
  shared.waitingNames.clear();
  for (const name of waiting) shared.waitingNames.add(name);
  root.toggleAttribute(VERIFYING, waiting.length > 0);
  applyValues(document, lookup, values, context?.defaults);
  shared.values = values;
  window.dispatchEvent(new Event(VALUES_APPLIED));
  if (waiting.length > 0) window.dispatchEvent(new Event(VERIFY_NEEDED));
}

/** Everything remembered: the display choices (theme, tabs, section order) and the values. */
function showStored(): void {
  showChoices();
  applyStored();
}

// Before the first showing: it may ask for the full check.
setUpPageLoader();
try {
  showStored();
} finally {
  root.classList.remove('sitevar-pending');
  performance.mark('sitevar-applied');
}

window.addEventListener('storage', (event) => {
  if (event.key === null || event.key.startsWith(ANY_KEY_PREFIX)) showStored();
});
window.addEventListener(VALUES_CHANGED, showStored);
window.addEventListener(CHOICE_MADE, (event) => {
  keepChoice((event as CustomEvent<[string, string]>).detail);
  showStored();
});
// Back to a page kept in the back-forward cache: other pages may have changed values meanwhile.
window.addEventListener('pageshow', (event) => {
  if (event.persisted) showStored();
});
// Enter in a field must never submit the form (a reload would drop what the reader typed).
document.addEventListener('submit', (event) => {
  if ((event.target as Element).closest('[data-preferences]')) event.preventDefault();
});
