import { applyValues } from './apply';
import { readGuideContext } from './guide-context';
import { VALUES_CHANGED } from './shared-state';
import { readStoredValues } from './stored-values';

// The runtime's core, inlined at the end of <body> and run synchronously: it puts a returning
// reader's values in place before the first paint and follows changes made in other tabs.
// Everything else loads when the reader first uses it. The core never writes into a
// preferences field: `form-sync.ts` fills them once it has marked what the reader already typed.
const context = readGuideContext();

function applyStored(): void {
  const values = readStoredValues(context);
  applyValues(document, values, context?.defaults);
}

try {
  applyStored();
} finally {
  document.documentElement.classList.remove('sitevar-pending');
  performance.mark('sitevar-applied');
}

window.addEventListener('storage', (event) => {
  if (event.key === null || event.key.startsWith('sitevar')) applyStored();
});
window.addEventListener(VALUES_CHANGED, applyStored);
// Back to a page kept in the back-forward cache: other pages may have changed values meanwhile.
window.addEventListener('pageshow', (event) => {
  if (event.persisted) applyStored();
});
// Enter in a field must never submit the form (a reload would drop what the reader typed).
document.addEventListener('submit', (event) => {
  if ((event.target as Element).closest('[data-preferences]')) event.preventDefault();
});
