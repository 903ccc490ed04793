import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { logger, observed } from '../../lambdas/shared/observability.ts';
import { lambdaContext } from '../support/lambda-context.ts';

const context = lambdaContext('checkout');

describe("The functions' Powertools logger", () => {
  let lines: string[];
  beforeEach(() => {
    lines = [];
    const capture = (chunk: unknown) => (lines.push(String(chunk)), true);
    vi.spyOn(process.stdout, 'write').mockImplementation(capture);
    vi.spyOn(process.stderr, 'write').mockImplementation(capture);
  });
  afterEach(() => vi.restoreAllMocks());

  it('redacts anything token-shaped from every log line, message and error alike', () => {
    // Act
    logger.error('charging tok_visa failed', new Error('the card tok_chargeDeclined was declined'));
    // Assess
    const text = lines.join('');
    expect(text).toContain('[redacted]');
    expect(text).not.toMatch(/tok_/);
  });

  it('logs a failed invocation and rethrows it redacted, its name kept for Retry and Catch', async () => {
    // Prepare
    const failing = observed(async () => {
      throw Object.assign(new Error('declined for tok_visa'), { name: 'PaymentDeclined' });
    });
    // Act
    const thrown = await failing({}, context).catch((e: Error) => e);
    // Assess
    expect(thrown).toMatchObject({ name: 'PaymentDeclined', message: 'declined for [redacted]' });
    const logged = lines.map((line) => JSON.parse(line) as Record<string, any>).find((line) => line.level === 'ERROR');
    expect(logged).toMatchObject({ message: 'The invocation failed', function_request_id: 'r-1', error: { name: 'PaymentDeclined' } });
    expect(lines.join('')).not.toMatch(/tok_/);
  });
});
