import { displayValue, getVariable, parseFormat } from '../registry';

export type ReaderValues = Readonly<Record<string, string>>;

/**
 * Writes a value into a marked element. Code values may span several coloured token spans:
 * the first keeps the text (and its colour), the rest are emptied, so nothing is re-highlighted.
 */
function setMarkedText(element: HTMLElement, text: string): void {
  const first = element.firstElementChild as HTMLElement | null;
  if (!first) {
    if (element.textContent !== text) element.textContent = text;
    return;
  }
  if (first.textContent !== text) first.textContent = text;
  for (let other = first.nextElementSibling; other; other = other.nextElementSibling) {
    if (other.textContent !== '') other.textContent = '';
  }
}

/**
 * Shows the reader's values (or the defaults, for names they have not set) in every marked
 * element under root. Text only: values never reach innerHTML.
 */
export function applyValues(root: ParentNode, values: ReaderValues, defaults: ReaderValues = {}): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-sitevar]')) {
    const variable = getVariable(element.dataset.sitevar ?? '');
    if (!variable) continue;
    const isSet = Object.prototype.hasOwnProperty.call(values, variable.name);
    const value = isSet ? values[variable.name]! : (defaults[variable.name] ?? variable.default);
    setMarkedText(element, displayValue(variable, value, parseFormat(element.dataset.sitevarFormat)));
    if (element.hasAttribute('data-sitevar-set') !== isSet) {
      element.toggleAttribute('data-sitevar-set', isSet);
      element.title = isSet
        ? `${variable.label}, from your preferences`
        : `Example value for ${variable.label}: set yours in preferences`;
    }
  }
}
