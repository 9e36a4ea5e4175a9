import { setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import { STORAGE_BLOCKED } from './page-attributes.ts';

/**
 * localStorage for the nanostores stores, made safe: where storage is blocked (some private
 * modes, blocked cookies) or full, values live in memory for this page and the reader is told
 * they will not be remembered, instead of the page throwing.
 */
const memory: Record<string, string> = {};

function attempt<T>(action: () => T): T | undefined {
  try {
    return action();
  } catch {
    document.documentElement.setAttribute(STORAGE_BLOCKED, '');
    return undefined;
  }
}

const safeStorage = new Proxy(memory, {
  get(target, key) {
    if (typeof key !== 'string') return undefined;
    return attempt(() => localStorage.getItem(key)) ?? target[key];
  },
  has(target, key) {
    return typeof key === 'string' && (attempt(() => localStorage.getItem(key) !== null) || key in target);
  },
  set(target, key, value: string) {
    if (typeof key !== 'string') return false;
    target[key] = value;
    // A tab that only follows another's change writes nothing back (the stores re-set what came in).
    attempt(() => localStorage.getItem(key) !== value && localStorage.setItem(key, value));
    return true;
  },
  deleteProperty(target, key) {
    if (typeof key !== 'string') return false;
    delete target[key];
    attempt(() => localStorage.removeItem(key));
    return true;
  },
  ownKeys(target) {
    const keys = new Set(Object.keys(target));
    attempt(() => {
      for (let index = 0; index < localStorage.length; index++) keys.add(localStorage.key(index)!);
    });
    return [...keys];
  },
  getOwnPropertyDescriptor(target, key) {
    const value = typeof key === 'string' ? (attempt(() => localStorage.getItem(key)) ?? target[key]) : undefined;
    return value === undefined || value === null ? undefined : { value, enumerable: true, configurable: true, writable: true };
  },
});

setPersistentEngine(safeStorage, windowPersistentEvents);
