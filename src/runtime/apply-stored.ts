import { applyValues } from './apply';
import { readStoredValues } from './stored-values';

// Runs at the end of <body>, synchronously, before the first paint of a returning reader's page.
try {
  applyValues(document, readStoredValues());
} finally {
  document.documentElement.classList.remove('sitevar-pending');
}
