import { existsSync } from 'node:fs';
import { chromium, devices, type Project } from '@playwright/test';

/**
 * Chromium to drive: CHROME_PATH if set, else Playwright's own download if present, else the
 * system's (Debian's chromium package), since browser downloads are not always possible.
 */
function chromiumPath(): string | undefined {
  if (process.env['CHROME_PATH']) return process.env['CHROME_PATH'];
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    // No bundled browser registered: fall through to the system one.
  }
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']) {
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** The Chromium project of the Playwright runs (the browser tests' and the adoption test's). */
export function chromiumProject(): Project {
  const executablePath = chromiumPath();
  return {
    name: 'chromium',
    use: {
      ...devices['Desktop Chrome'],
      launchOptions: {
        ...(executablePath ? { executablePath } : {}),
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
      },
    },
  };
}
