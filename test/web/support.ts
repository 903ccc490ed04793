import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { videoshopsApi } from '../../model/videoshops.ts';
import { PROJECT_ROOT } from '../../model/project-root.ts';
import { seedDemoData } from '../../demo/seed.ts';
import { DEMO_PASSWORD } from '../../demo/users.ts';
import type { LocalRuntime } from '../../local/runtime.ts';
import { post, startTestRuntime } from '../support/runtime.ts';
import { appSyncAuthHeaders } from '../../local/auth/request-headers.ts';
import { demoStreamIds } from '../../demo/live.ts';
import { AGGREGATOR_PRINCIPAL } from '../../demo/viewer-count-simulator.ts';

/** Debian's Chromium (`.ci/run` installs it); playwright-core drives it, as it cannot download browsers here. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Screenshots, kept as the run's artifacts (git-ignored). */
export const SCREENSHOTS = path.join(PROJECT_ROOT, 'test-results', 'web');

/** The product API with the demo data, serving the web app and the console once their build is ready. */
export async function startWebRuntime(): Promise<LocalRuntime> {
  const runtime = await startTestRuntime(videoshopsApi, { seed: seedDemoData, web: true, userPool: { deliverCode: () => {} } });
  try {
    await runtime.web!.build!.ready;
  } catch (e) {
    await runtime.stop();
    throw e;
  }
  return runtime;
}

export async function launchBrowser(): Promise<Browser> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
}

/** A page that records what its console and uncaught errors say: the pages must log no error. */
export async function openPage(context: BrowserContext, url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  return { page, errors };
}

/** Signs in with the app's form, as a person would: e-mail and password, then Enter. */
export async function signInOnPage(page: Page, email: string) {
  const form = page.getByRole('form', { name: 'Sign in' });
  await form.getByLabel('E-mail').fill(email);
  await form.getByLabel('Password').fill(DEMO_PASSWORD);
  await form.getByLabel('Password').press('Enter');
  await page.getByLabel('Signed in as').filter({ hasText: email }).waitFor();
}

export const screenshot = (page: Page, name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });

/**
 * What the viewer-count aggregator reports, signed as it signs (IAM). AppSync filters by the
 * fields the mutation selected (`streamId`) and sends subscribers those: it selects what the
 * console's example subscription does.
 */
export async function reportViewers(runtime: LocalRuntime, viewerCount: number) {
  const body = JSON.stringify({
    query: `mutation ($streamId: ID!, $viewerCount: Int!) {
      updateViewerCount(streamId: $streamId, viewerCount: $viewerCount) { streamId kind at viewerCount pin { product { title } } comment { authorName text } }
    }`,
    variables: { streamId: demoStreamIds().live, viewerCount },
  });
  const iam = { iam: runtime.auth.iam.principal(AGGREGATOR_PRINCIPAL).credentials, region: runtime.auth.iam.region };
  return post(runtime.url, body, await appSyncAuthHeaders(iam, { url: runtime.url, body }));
}
