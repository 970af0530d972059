import { describe, expect, it } from 'vitest';
import { LoginDelays } from './login-delays.js';

describe('LoginDelays', () => {
  it('three free misses, then 1, 2, 4, 8 … s per pair, capped at five minutes', () => {
    const d = new LoginDelays();
    let now = 0;
    const waits: number[] = [];
    for (let i = 0; i < 14; i++) {
      d.fail('demo\u0000admin', '10.0.0.1', now);
      waits.push(d.waitSeconds('demo\u0000admin', '10.0.0.1', now));
      now += 3_600_000;
    }
    expect(waits).toEqual([0, 0, 1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300, 300]);
  });

  it('keys by account and address: another address or account is not slowed; a success clears', () => {
    const d = new LoginDelays();
    for (let i = 0; i < 5; i++) d.fail('demo\u0000admin', '10.0.0.1', 1000);
    expect(d.waitSeconds('demo\u0000admin', '10.0.0.1', 1000)).toBe(4);
    expect(d.waitSeconds('demo\u0000admin', '10.0.0.2', 1000)).toBe(0);
    expect(d.waitSeconds('demo\u0000li.si', '10.0.0.1', 1000)).toBe(0);
    expect(d.waitSeconds('demo\u0000admin', '10.0.0.1', 5000)).toBe(0);
    d.clear('demo\u0000admin', '10.0.0.1');
    d.fail('demo\u0000admin', '10.0.0.1', 6000);
    expect(d.waitSeconds('demo\u0000admin', '10.0.0.1', 6000)).toBe(0);
  });

  it('stays bounded, forgetting the least recently missed pair first', () => {
    const d = new LoginDelays(0, 1000, 1000, 3);
    for (const ip of ['a', 'b', 'c', 'd']) d.fail('k', ip, 0);
    expect(d.waitSeconds('k', 'a', 0)).toBe(0);
    expect(d.waitSeconds('k', 'd', 0)).toBe(1);
  });
});
