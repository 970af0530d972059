import { describe, expect, it } from 'vitest';
import { matchRank, rankEntries, typesSyllables } from './directory-match.js';
import { nameKeys } from './pinyin-keys.js';

const entry = (id: string, name: string, login?: string) => ({ id, name, login, keys: nameKeys(name) });

describe('pinyin keys of a name', () => {
  it('gives toneless syllables, initials and a sort key', () => {
    expect(nameKeys('张三')).toMatchObject({ initials: 'zs', sortKey: 'zhangsan' });
    expect(nameKeys('张三').syllables.map((s) => s[0])).toEqual(['zhang', 'san']);
  });

  it('reads family names as family names and writes ü as v', () => {
    expect(nameKeys('单田芳').initials).toBe('stf');
    expect(nameKeys('曾国藩').sortKey).toBe('zengguofan');
    expect(nameKeys('吕布').sortKey).toBe('lvbu');
  });

  it('keeps every reading of a polyphonic character and Latin words whole', () => {
    expect(nameKeys('张乐').syllables[1]).toEqual(expect.arrayContaining(['le', 'yue']));
    expect(nameKeys('Tom Li').syllables).toEqual([['tom'], ['li']]);
    expect(nameKeys('Tom Li').initials).toBe('tl');
  });
});

describe('matching a query', () => {
  it('types syllables by any non-empty prefix of each, in order, without skipping one', () => {
    const s = nameKeys('张小明').syllables;
    for (const q of ['zxm', 'zhangxiaoming', 'zhangx', 'zxiaom', 'zh', 'z']) expect(typesSyllables(s, q), q).toBe(true);
    for (const q of ['zm', 'xm', 'zhangming', 'zhangxiaomingg', '']) expect(typesSyllables(s, q), q).toBe(false);
    expect(typesSyllables(s, 'xm', 1)).toBe(true);
  });

  it('finds by initials, full pinyin (spaces and case ignored), name anywhere and login start', () => {
    const zhang = entry('u1', '张三', 'zhang.san');
    for (const q of ['zs', 'ZS', 'zhangsan', 'Zhang San', 'zhangs', '张', '三', 'zhang.', '张三']) expect(matchRank(zhang, q), q).not.toBeNull();
    for (const q of ['ls', 'sz', 'lisi', '李', 'zhang.san.x']) expect(matchRank(zhang, q), q).toBeNull();
  });

  it('ranks the exact name, then its start, the login, pinyin from the start, the name inside, pinyin inside', () => {
    expect(matchRank(entry('a', '张三'), '张三')).toBe(0);
    expect(matchRank(entry('a', '张三丰'), '张三')).toBe(1);
    expect(matchRank(entry('a', '李四', 'zs.li'), 'zs')).toBe(2);
    expect(matchRank(entry('a', '张三'), 'zs')).toBe(3);
    expect(matchRank(entry('a', '小张三'), '张三')).toBe(4);
    expect(matchRank(entry('a', '小张三'), 'zs')).toBe(5);
  });

  it('orders hits by rank, then by pinyin, and stops at the limit', () => {
    const people = [entry('1', '赵四'), entry('2', '张三'), entry('3', '周松'), entry('4', '张山'), entry('5', '李四')];
    expect(rankEntries(people, 'zs', 10).map((p) => p.name)).toEqual(['张三', '张山', '赵四', '周松']);
    expect(rankEntries(people, 'zs', 2).map((p) => p.name)).toEqual(['张三', '张山']);
    expect(rankEntries(people, '', 3).map((p) => p.name)).toEqual(['李四', '张三', '张山']);
  });
});
