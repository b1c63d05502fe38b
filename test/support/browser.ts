/**
 * Headless Chromium (Debian's, /usr/bin/chromium) driven by playwright-core for the browser tests. The flags keep
 * Chromium off the network it cannot reach here (background services, component updates).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export interface BrowserSession {
  browser: Browser;
  newPage(): Promise<{ page: Page; context: BrowserContext; problems: string[] }>;
  close(): Promise<void>;
}

export const launchBrowser = async (): Promise<BrowserSession> => {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`no Chromium at ${CHROMIUM_PATH}: install Debian's chromium (npm test does)`);
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    browser,
    async newPage() {
      const context = await browser.newContext({ locale: 'ru-RU' });
      const page = await context.newPage();
      // what the page itself reports: script errors and CSP violations must not happen
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        // the local sign-in server has no icon; that is not the pages' problem
        if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) problems.push(`console: ${message.text()} (${message.location().url})`);
      });
      return { page, context, problems };
    },
    async close() {
      // playwright gives each launch a new empty profile and removes it here
      await browser.close();
    },
  };
};

/** Signs a demo user in through the real OIDC login page (authorization code + PKCE) and waits for the app. */
export const signIn = async (page: Page, pageUrl: string, userId: string): Promise<void> => {
  await page.goto(pageUrl);
  await page.getByTestId('sign-in').click();
  await page.locator(`input[name="user_id"][value="${userId}"]`).check();
  await page.getByRole('button', { name: 'Войти' }).click();
  await page.getByTestId('user').waitFor();
};
