import { applyValues } from './apply';
import { syncFields } from './form-fields';
import { readGuideContext } from './guide-context';
import { readStoredValues } from './stored-values';

// The runtime's core, inlined at the end of <body> and run synchronously: it puts a returning
// reader's values in place before the first paint, fills the preferences fields, and follows
// changes made in other tabs. Everything else loads when the reader first uses it.
const context = readGuideContext();

function applyStored(): void {
  const values = readStoredValues(context);
  applyValues(document, values, context?.defaults);
  syncFields(values);
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
