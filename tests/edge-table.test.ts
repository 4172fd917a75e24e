import { describe, expect, it } from 'vitest';
import { EdgeTable } from '../src/core/edge-table.js';

describe('EdgeTable', () => {
  it('finds every edge after growing far past its first size, and 0 for absent ones', () => {
    const t = new EdgeTable(4);
    const before = t.bytes;
    // 20,000 edges from 2,000 nodes: the table grows several times.
    for (let node = 1; node <= 2000; node++) for (let k = 0; k < 10; k++) t.set(node, 0x4e00 + k * 97, node * 10 + k);
    expect(t.bytes).toBeGreaterThan(before);
    let wrong = 0;
    for (let node = 1; node <= 2000; node++)
      for (let k = 0; k < 10; k++) if (t.get(node, 0x4e00 + k * 97) !== node * 10 + k) wrong++;
    expect(wrong).toBe(0);
    expect(t.get(1, 0x4e01)).toBe(0);
    expect(t.get(2001, 0x4e00)).toBe(0);
    // Node and code are not interchangeable.
    t.set(5, 7, 99);
    expect(t.get(7, 5)).toBe(0);
    expect(t.get(5, 7)).toBe(99);
  });
});
