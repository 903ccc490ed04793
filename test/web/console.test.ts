import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, request, type Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import type { LocalRuntime } from '../../local/runtime.ts';
import { listen } from '../../local/http/server.ts';
import { demoCheckout } from '../../demo/recommendations.ts';
import { AGGREGATOR_PRINCIPAL } from '../../demo/viewer-count-simulator.ts';
import { post } from '../support/runtime.ts';
import { launchBrowser, openPage, reportViewers, screenshot, startWebRuntime } from './support.ts';

let runtime: LocalRuntime;
let browser: Browser;
let page: Page;
let errors: string[];
let origin: string;

beforeAll(async () => {
  [runtime, browser] = await Promise.all([startWebRuntime(), launchBrowser()]);
  origin = new URL(runtime.url).origin;
  ({ page, errors } = await openPage(await browser.newContext({ viewport: { width: 1400, height: 1000 } }), `${origin}/console`));
  await page.getByRole('button', { name: /Execute query/ }).waitFor();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await runtime?.stop();
});

/** The answer GraphiQL shows (its editor draws spaces as no-break spaces). */
const resultPane = async () => (await page.locator('.result-window').innerText()).replace(/\u00a0/g, ' ');
/** The query GraphiQL will send: its editor loads a tab's query a moment after the tab opens, slower on a loaded machine. */
const queryPane = async () => (await page.locator('.graphiql-query-editor').innerText()).replace(/\u00a0/g, ' ');
const graphiqlTab = (name: string) => page.locator('.graphiql-tab').getByRole('button', { name, exact: true });
const execute = () => page.getByRole('button', { name: /Execute query/ }).click();

describe('the local console in Chromium', () => {
  it('runs a query in GraphiQL with the API key and shows the answer', async () => {
    // Arrange
    await graphiqlTab('LiveNow').click();
    await expect.poll(queryPane).toContain('query LiveNow');

    // Act
    await execute();

    // Assess: on a loaded machine GraphiQL may let a click pass while its editors start; clicked
    // again only while nothing runs and nothing was answered.
    await expect
      .poll(async () => {
        const answer = await resultPane();
        if (!answer.trim() && (await page.getByRole('button', { name: /Execute query/ }).isVisible())) await execute();
        return answer;
      })
      .toContain('"title": "Weeknight pans: live Q&A"');
  });

  it("runs a subscription over AppSync's real-time protocol and shows the events as they come", async () => {
    // Arrange
    await graphiqlTab('OnLiveStreamEvent').click();

    // Act
    await execute();

    // Assess: reported until the subscription, started at some point, hears one.
    await expect
      .poll(
        async () => {
          await reportViewers(runtime, 4321);
          return resultPane();
        },
        { timeout: 10_000, interval: 300 },
      )
      .toContain('"viewerCount": 4321');
    await screenshot(page, 'console-subscription');
  });

  it('sends a mutation as an IAM principal, signed by the server for the page', async () => {
    // Arrange
    await page.getByLabel('Send as').selectOption(`iam:${AGGREGATOR_PRINCIPAL}`);
    await graphiqlTab('UpdateViewerCount').click();

    // Act
    await execute();

    // Assess
    await expect.poll(resultPane).toContain('"kind": "VIEWER_COUNT"');
  });

  it("draws a checkout's path through the state machine, with each state's timing, input and output", async () => {
    // Arrange
    const { shopId, productId } = demoCheckout('cora-cooks');
    const token = (await runtime.auth.userPool.tokensFor('sam.shopper@example.com')).idToken;
    const input = { shopId, lines: [{ productId, quantity: 1 }], idempotencyKey: 'console-test-1', paymentToken: 'tok_visa' };
    const placed = await post(
      runtime.url,
      JSON.stringify({ query: 'mutation ($input: CheckoutInput!) { checkout(input: $input) { id } }', variables: { input } }),
      {
        authorization: token,
      },
    );
    expect(placed.body).toEqual({ data: { checkout: { id: expect.any(String) } } });
    await runtime.stepFunctions.executions.settled();

    // Act
    await page.getByRole('tab', { name: 'Workflows' }).click();
    await page.getByRole('button', { name: 'Refresh' }).click();
    await page.locator('.executions button').first().click();

    // Assess
    await expect.poll(() => page.locator('[data-state="Settled"]').getAttribute('data-outcome')).toBe('succeeded');
    expect(await page.locator('[data-state="FailDeclined"]').getAttribute('data-outcome')).toBe('not-visited');
    const path = page.locator('table.path tbody th');
    expect(await path.allInnerTexts()).toEqual([
      'PublishPending',
      'ReserveStock',
      'AuthorizePayment',
      'ConfirmOrder',
      'CapturePayment',
      'PublishConfirmed',
      'Settled',
    ]);
    expect(await page.locator('table.path').innerText()).toMatch(/\+\d+ ms\t\d+ ms/);
    await screenshot(page, 'console-workflow');
  });

  it("lists the API's requests with their resolvers, timings and DynamoDB calls", async () => {
    // Act
    await page.getByRole('tab', { name: 'Requests' }).click();
    const request = page.getByRole('list', { name: 'Requests' }).getByRole('listitem').filter({ hasText: 'LiveNow' }).first();
    await request.locator('summary').click();

    // Assess
    await expect.poll(() => request.locator('table').first().innerText()).toContain('Query.liveNow');
    expect(await request.locator('table').nth(1).innerText()).toMatch(/^Query\s+\S+$/m);
    await screenshot(page, 'console-requests');
  });

  it('logged no error', () => {
    // Assess
    expect(errors).toEqual([]);
  });
});

describe('the console and other origins', () => {
  let evil: Server;
  let evilOrigin: string;

  beforeAll(async () => {
    // A page of another origin that tries the console's endpoints and frames the console.
    const html = (target: string) => `<!doctype html><title>elsewhere</title><iframe src="${target}/console"></iframe><script>
      const tries = { identities: fetch('${target}/console/identities').then((r) => r.text()),
        token: fetch('${target}/console/token', { method: 'POST', body: '{"email":"sam.shopper@example.com"}' }).then((r) => r.text()),
        sign: fetch('${target}/console/sign', { method: 'POST', headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ principal: 'orderWorkflow', url: '${target}/graphql', body: '{}' }) }).then((r) => r.text()) };
      window.outcome = Promise.all(Object.entries(tries).map(([name, p]) => p.then((text) => name + ': read ' + text, (e) => name + ': ' + e.message)));
    </script>`;
    evil = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(html(origin)));
    evilOrigin = `http://localhost:${await listen(evil, 0, '127.0.0.1')}`;
  });

  afterAll(() => new Promise<void>((resolve) => evil?.close(() => resolve())));

  it("can't read the console's answers, get tokens or signatures, or frame it", async () => {
    // Act
    const { page: elsewhere } = await openPage(await browser.newContext(), `${evilOrigin}/`);
    const outcome = await elsewhere.evaluate(() => (globalThis as unknown as { outcome: Promise<string[]> }).outcome);
    const framed = elsewhere.frames().find((f) => f !== elsewhere.mainFrame());

    // Assess
    expect(outcome).toEqual(['identities: Failed to fetch', 'token: Failed to fetch', 'sign: Failed to fetch']);
    expect(await framed?.locator('.console').count()).toBe(0);
  });

  it('refuses requests that carry another origin or a host name other than loopback', async () => {
    // Act
    const fromPage = await fetch(`${origin}/console/token`, {
      method: 'POST',
      headers: { origin: evilOrigin },
      body: JSON.stringify({ email: 'sam.shopper@example.com' }),
    });
    const rebound = await new Promise<number>((resolve, reject) =>
      request(`${origin}/console`, { headers: { host: `videoshops.example:${new URL(origin).port}` } }, (res) => resolve(res.statusCode!))
        .on('error', reject)
        .end(),
    );

    // Assess
    expect(fromPage.status).toBe(403);
    expect(rebound).toBe(403);
  });
});
