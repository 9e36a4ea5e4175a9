import {
  copiedDone,
  copied as copiedLabel,
  copiedWithExamples,
  copy,
  copyFailed,
  copyRefusedMany,
  copyRefusedOne,
  listAnd,
} from 'virtual:sitevar-docs/ui/copy';
import { isExample } from '../registry/index.ts';
import { fill } from '../schemas/ui-fill.ts';
import { invalidDrafts, readerValues } from './preferences-store.ts';
import { registry } from './registry.ts';
import { shared } from './shared-state.ts';

/** The element holding a block's code. */
function codeOf(figure: Element): Element | null {
  return figure.querySelector('pre code') ?? figure.querySelector('pre');
}

/**
 * The code as shown, ending with one newline as a text file does. Deleted lines (`del={…}`) are
 * left out: a block showing a change copies the file after it.
 */
export function codeText(figure: Element): string {
  let code = codeOf(figure);
  if (code?.querySelector('.del')) {
    code = code.cloneNode(true) as Element;
    for (const line of code.querySelectorAll('.del')) {
      if (line.nextSibling?.nodeType === Node.TEXT_NODE && line.nextSibling.textContent === '\n') line.nextSibling.remove();
      line.remove();
    }
  }
  return (code?.textContent ?? '').replace(/\n*$/, '\n');
}

function namesIn(figure: HTMLElement): string[] {
  return [...new Set([...figure.querySelectorAll<HTMLElement>('pre [data-sitevar]')].map((el) => el.dataset.sitevar!))];
}

const labelOf = (name: string) => registry.get(name)?.label ?? name;

function listOf(names: readonly string[]): string {
  const labels = names.map(labelOf);
  return labels.length <= 1 ? labels.join('') : `${labels.slice(0, -1).join(', ')} ${listAnd} ${labels.at(-1)}`;
}

/**
 * Copies with the older copy command, for pages where the Clipboard API is missing or refused.
 * The text goes in through the copy event, so it is exactly the text the Clipboard API would
 * have written (a selection would drop the last newline) and the reader's selection is untouched.
 */
function copyByCommand(text: string): boolean {
  let delivered = false;
  const fill = (event: ClipboardEvent) => {
    if (!event.clipboardData) return;
    event.clipboardData.setData('text/plain', text);
    event.preventDefault();
    delivered = true;
  };
  document.addEventListener('copy', fill, { capture: true, once: true });
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  } finally {
    document.removeEventListener('copy', fill, { capture: true });
  }
  return copied && delivered;
}

async function writeClipboard(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (permission, focus): fall through to the copy command.
  }
  return copyByCommand(text);
}

function announce(figure: HTMLElement, message: string, state: 'copied' | 'refused' | 'failed'): void {
  const status = figure.querySelector<HTMLElement>('.copy-status');
  const label = figure.querySelector<HTMLElement>('.copy-label');
  figure.dataset.copyState = state;
  if (status) status.textContent = message;
  if (label) label.textContent = state === 'copied' ? copiedLabel : copy;
  window.clearTimeout(Number(figure.dataset.copyTimer));
  figure.dataset.copyTimer = String(
    window.setTimeout(() => {
      if (label) label.textContent = copy;
      delete figure.dataset.copyState;
    }, 2500),
  );
}

export async function copyBlock(figure: HTMLElement): Promise<void> {
  // Stored credentials still being checked are not shown yet: copy them once they are.
  if (shared.waitingNames.size > 0) await (await import('./verify-stored.ts')).default();
  const names = namesIn(figure);
  const drafts = invalidDrafts.get();
  const invalid = names.filter((name) => drafts[name] !== undefined);
  if (invalid.length > 0) {
    announce(figure, fill(invalid.length > 1 ? copyRefusedMany : copyRefusedOne, { names: listOf(invalid) }), 'refused');
    return;
  }
  const copied = await writeClipboard(codeText(figure));
  if (!copied) {
    announce(figure, copyFailed, 'failed');
    return;
  }
  const values = readerValues.get();
  // Only examples are worth a warning: a default that works as it is (a port, the subdomain a guide
  // chose) is fine to copy.
  const examples = names.filter((name) => {
    const variable = registry.get(name);
    return !variable || isExample(registry, variable, values);
  });
  announce(figure, examples.length > 0 ? fill(copiedWithExamples, { names: listOf(examples) }) : copiedDone, 'copied');
}
