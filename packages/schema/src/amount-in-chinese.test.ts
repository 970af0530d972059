import { describe, expect, it } from 'vitest';
import { amountInChinese } from './amount-in-chinese.js';

describe('amountInChinese', () => {
  it.each([
    [1234.56, '壹仟贰佰叁拾肆元伍角陆分'],
    [100, '壹佰元整'],
    [0.05, '伍分'],
    [10010, '壹万零壹拾元整'],
    [0, '零元整'],
    [1, '壹元整'],
    [10, '壹拾元整'],
    [15, '壹拾伍元整'],
    [1.05, '壹元零伍分'],
    [0.5, '伍角整'],
    [0.55, '伍角伍分'],
    [1001, '壹仟零壹元整'],
    [1100, '壹仟壹佰元整'],
    [100000, '壹拾万元整'],
    [1010000, '壹佰零壹万元整'],
    [100010000, '壹亿零壹万元整'],
    [10000000000, '壹佰亿元整'],
    [1000100000000, '壹万零壹亿元整'],
    [20003000.4, '贰仟万叁仟元肆角整'],
    [1680.32, '壹仟陆佰捌拾元叁角贰分'],
    [105000, '壹拾万伍仟元整'],
    [-3, '负叁元整'],
    [-1234.56, '负壹仟贰佰叁拾肆元伍角陆分'],
  ])('%d → %s', (n, text) => {
    expect(amountInChinese(n)).toBe(text);
  });

  it('rounds to the fen, half away from zero, on the decimal digits written', () => {
    expect(amountInChinese(1.005)).toBe('壹元零壹分');
    expect(amountInChinese(0.994)).toBe('玖角玖分');
    expect(amountInChinese(0.995)).toBe('壹元整');
    expect(amountInChinese(0.001)).toBe('零元整');
    expect(amountInChinese(0.1 + 0.2)).toBe('叁角整');
  });

  it('gives nothing for what is not an amount', () => {
    for (const n of [Number.NaN, Infinity, -Infinity, 1e13, '12' as unknown as number]) expect(amountInChinese(n)).toBe('');
    expect(amountInChinese(9999999999999.99)).toBe('玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分');
  });
});
