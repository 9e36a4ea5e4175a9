import { existsSync } from 'node:fs';
import puppeteer, { type Browser } from 'puppeteer-core';

/**
 * The browsers the reader journeys run in, driven by puppeteer-core: Firefox over WebDriver BiDi
 * (Debian's firefox-esr is stock Firefox, which Playwright cannot drive) and Chromium over CDP,
 * so one suite proves both. Both come from the system; nothing is downloaded.
 */
export type BrowserName = 'firefox' | 'chromium';

function firstExisting(candidates: (string | undefined)[]): string | undefined {
  return candidates.find((candidate): candidate is string => !!candidate && existsSync(candidate));
}

export function executableOf(name: BrowserName): string | undefined {
  return name === 'firefox'
    ? firstExisting([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'])
    : firstExisting([process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']);
}

/** Headless, sandbox off, no background networking (the machine has no network to reach). */
export async function launchBrowser(name: BrowserName, { javaScript = true } = {}): Promise<Browser> {
  const executablePath = executableOf(name);
  if (!executablePath)
    throw new Error(
      `No ${name} found: install Debian's ${name === 'firefox' ? 'firefox-esr' : 'chromium'} package, or set ${name === 'firefox' ? 'FIREFOX_PATH' : 'CHROME_PATH'}.`,
    );
  if (name === 'firefox') {
    return puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      extraPrefsFirefox: {
        'javascript.enabled': javaScript,
        'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false,
        'browser.safebrowsing.update.enabled': false,
        'extensions.getAddons.cache.enabled': false,
      },
    });
  }
  return puppeteer.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      ...(javaScript ? [] : ['--blink-settings=scriptEnabled=false']),
    ],
  });
}
