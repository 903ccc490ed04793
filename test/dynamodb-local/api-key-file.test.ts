import { afterAll, describe, expect, it } from 'vitest';
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readOrCreateSecret } from '../../local/secret-file.ts';

const stateDir = mkdtempSync(path.join(tmpdir(), 'videoshops-secrets-'));
afterAll(() => rmSync(stateDir, { recursive: true, force: true }));

const modeOf = (file: string) => statSync(file).mode & 0o777;

describe("npm start's API key file", () => {
  it('is created readable and writable by its owner only, in a state folder only its owner can enter', () => {
    const dir = path.join(stateDir, 'fresh');
    const file = path.join(dir, 'api-key');

    const key = readOrCreateSecret(file, () => 'da2-created');

    expect(key).toBe('da2-created');
    expect(modeOf(file)).toBe(0o600);
    expect(modeOf(dir)).toBe(0o700);
  });

  it('is read back unchanged on the next start', () => {
    const file = path.join(stateDir, 'fresh', 'api-key');

    expect(readOrCreateSecret(file, () => 'da2-other')).toBe('da2-created');
    expect(readFileSync(file, 'utf8')).toBe('da2-created');
  });

  it('is made private when an older version left it world-readable, keeping the key', () => {
    const file = path.join(stateDir, 'api-key');
    writeFileSync(file, 'da2-old\n');
    chmodSync(file, 0o644);

    expect(readOrCreateSecret(file, () => 'da2-new')).toBe('da2-old');
    expect(modeOf(file)).toBe(0o600);
  });
});
