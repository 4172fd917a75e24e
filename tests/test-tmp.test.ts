import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { TEST_TMP_ROOT } from './global-tmp.js';

describe('test runs keep their temporary files in the project', () => {
  it('points every test process at a folder inside .test-tmp/, not the system temporary folder', () => {
    expect(tmpdir().startsWith(`${TEST_TMP_ROOT}/run-`)).toBe(true);
    expect(process.env.GUANXI_CACHE_DIR).toBe(`${tmpdir()}/cache`);
  });
});
