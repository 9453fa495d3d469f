/**
 * Real headless Chromium (Debian's /usr/bin/chromium) driven by playwright-core; never a
 * downloaded browser. Missing in CI (CI=true) is a failure; locally the tests skip, saying why.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.UNKG_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** null when Chromium is absent outside CI (the caller skips); throws in CI. */
export function chromiumAvailability(): string | null {
  if (existsSync(CHROMIUM_PATH)) return null;
  const message = `Chromium not found at ${CHROMIUM_PATH}: install Debian's chromium package (apt-get install chromium) or set UNKG_CHROMIUM`;
  if (process.env.CI === 'true' || process.env.CI === '1') throw new Error(message);
  return message;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}
