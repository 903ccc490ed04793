import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { LocalRuntime } from '../../local/runtime.ts';
import { demoStreamIds } from '../../demo/live.ts';
import { launchBrowser, openPage, reportViewers, screenshot, signInOnPage, startWebRuntime } from './support.ts';

let runtime: LocalRuntime;
let browser: Browser;
let creator: { context: BrowserContext; page: Page; errors: string[] };
let shopper: { context: BrowserContext; page: Page; errors: string[] };

beforeAll(async () => {
  [runtime, browser] = await Promise.all([startWebRuntime(), launchBrowser()]);
  const origin = new URL(runtime.url).origin;
  const open = async (url: string) => {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    return { context, ...(await openPage(context, url)) };
  };
  [creator, shopper] = await Promise.all([open(`${origin}/#/signin`), open(`${origin}/#/live/${demoStreamIds().live}`)]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await runtime?.stop();
});

describe('the live-shopping web app in Chromium', () => {
  it('lets anyone browse from the live-now list to the stream and its shop: creator, recommendations, prices, stock', async () => {
    // Arrange
    const { page, errors } = await openPage(await browser.newContext(), `${new URL(runtime.url).origin}/`);

    // Act
    await page.getByRole('link', { name: 'Weeknight pans: live Q&A' }).click();
    await page.getByRole('link', { name: 'Cora Cooks' }).click();

    // Assess
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Cora Cooks');
    expect(await page.locator('.creator').innerText()).toMatch(/^by \S+/);
    const products = page.locator('.product');
    await expect.poll(() => products.count()).toBeGreaterThan(1);
    expect(await products.first().innerText()).toMatch(/\$\d+\.\d\d · (\d+ in stock|Sold out)/);
    expect(errors).toEqual([]);
    await screenshot(page, 'shop-page');
  });

  it('shows the shopper the product the creator pins, live, in another browser', async () => {
    // Arrange
    await signInOnPage(creator.page, 'cora.creator@example.com');
    await creator.page.goto(creator.page.url().replace(/#.*/, '#/creator'));
    // A product not pinned yet, and in stock: the shopper buys it next.
    const pinButton = creator.page
      .getByRole('list', { name: 'Products to pin' })
      .getByRole('listitem')
      .filter({ hasNotText: / 0 in stock/ })
      .getByRole('button', { name: /^Pin / })
      .and(creator.page.locator(':enabled'));
    const label = (await pinButton.first().getAttribute('aria-label'))!;
    await shopper.page.locator('[data-live="true"]').waitFor();

    // Act
    await pinButton.first().click();

    // Assess
    const title = label.replace(/^Pin /, '');
    await expect.poll(() => shopper.page.getByTestId('pinned-product').textContent(), { timeout: 10_000 }).toBe(title);
    await screenshot(shopper.page, 'shopper-sees-pin');
  });

  it('moves the viewer count as the aggregator reports it', async () => {
    // Act
    await reportViewers(runtime, 777);

    // Assess
    await expect.poll(() => shopper.page.getByTestId('viewer-count').textContent()).toBe('777');
  });

  it('lets the signed-in shopper buy the pinned product and shows the order CONFIRMED, and the creator the sale and its earning', async () => {
    // Arrange
    await signInOnPage(shopper.page, 'sam.shopper@example.com');
    await creator.page.locator('[data-live="true"]').waitFor();
    const buy = shopper.page.getByRole('form', { name: 'Buy the pinned product' });
    const earningsEntries = async () => {
      const row = creator.page.getByRole('row', { name: /^USD/ });
      return (await row.count()) ? Number(await row.getByRole('cell').last().textContent()) : 0;
    };
    const entriesBefore = await earningsEntries();

    // Act
    await buy.getByLabel('Payment').selectOption('tok_visa');
    await buy.getByRole('button', { name: 'Buy now' }).click();

    // Assess
    await expect.poll(() => buy.getByTestId('order-status').textContent(), { timeout: 15_000 }).toContain('CONFIRMED');
    await expect.poll(() => creator.page.getByRole('list', { name: 'Sales' }).getByRole('listitem').count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(earningsEntries).toBe(entriesBefore + 1);
    await screenshot(shopper.page, 'order-confirmed');
    await screenshot(creator.page, 'creator-sale');
  });

  it('shows a declined card as the order FAILED with its reason', async () => {
    // Arrange
    const buy = shopper.page.getByRole('form', { name: 'Buy the pinned product' });

    // Act
    await buy.getByLabel('Payment').selectOption('tok_chargeDeclined');
    await buy.getByRole('button', { name: 'Buy now' }).click();

    // Assess
    await expect.poll(() => buy.getByTestId('order-status').textContent(), { timeout: 15_000 }).toMatch(/FAILED — \S+/);
    await screenshot(shopper.page, 'order-declined');
  });

  it("posts the shopper's comment from the keyboard and shows it in both browsers' chat", async () => {
    // Arrange
    await creator.page.goto(shopper.page.url());
    await creator.page.locator('[data-live="true"]').waitFor();

    // Act
    await shopper.page.getByLabel('Comment', { exact: true }).fill('Is it dishwasher safe?');
    await shopper.page.getByLabel('Comment', { exact: true }).press('Enter');

    // Assess
    for (const { page } of [shopper, creator]) {
      await expect.poll(() => page.getByRole('list', { name: 'Comments' }).innerText()).toContain('Is it dishwasher safe?');
    }
  });

  it('fits a phone screen without scrolling sideways', async () => {
    // Act
    await shopper.page.setViewportSize({ width: 390, height: 844 });

    // Assess
    expect(await shopper.page.evaluate('document.documentElement.scrollWidth <= document.documentElement.clientWidth')).toBe(true);
    await screenshot(shopper.page, 'watch-phone');
  });

  it('logged no error in either browser', () => {
    // Assess
    expect([...creator.errors, ...shopper.errors]).toEqual([]);
  });
});
