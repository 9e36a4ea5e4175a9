/**
 * A small remembered choice (a tab group's tab, the preferred provider) in localStorage, synced
 * across tabs by the storage event. Plain code rather than a nanostores store: it loads with the
 * page, where every byte counts, and storage that throws just means nothing is remembered.
 */
export interface RememberedChoice {
  get(): string | undefined;
  set(value: string): void;
  /** Calls back now and whenever the choice changes, here or in another tab. */
  subscribe(callback: (value: string | undefined) => void): void;
}

const memory = new Map<string, string>();

export function rememberedChoice(key: string): RememberedChoice {
  const callbacks: ((value: string | undefined) => void)[] = [];
  const get = () => {
    try {
      return localStorage.getItem(key) ?? memory.get(key);
    } catch {
      return memory.get(key);
    }
  };
  const notify = () => callbacks.forEach((callback) => callback(get()));
  window.addEventListener('storage', (event) => {
    if (event.key === key || event.key === null) notify();
  });
  return {
    get,
    set(value) {
      memory.set(key, value);
      try {
        if (localStorage.getItem(key) !== value) localStorage.setItem(key, value);
      } catch {
        // Not remembered beyond this page: the choice still applies here.
      }
      notify();
    },
    subscribe(callback) {
      callbacks.push(callback);
      callback(get());
    },
  };
}
