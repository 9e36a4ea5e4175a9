import { applyValues } from './apply';
import { readGuideContext } from './guide-context';
import { readStoredValues } from './stored-values';

// Runs at the end of <body>, synchronously, before the first paint of a returning reader's page.
try {
  const context = readGuideContext();
  applyValues(document, readStoredValues(context), context?.defaults);
} finally {
  document.documentElement.classList.remove('sitevar-pending');
}
