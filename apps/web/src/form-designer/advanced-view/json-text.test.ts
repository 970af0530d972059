import { describe, expect, it } from 'vitest';
import { lineColumn, readJson } from './json-text';

const errorOf = (text: string) => {
  const r = readJson(text);
  if (r.ok) throw new Error(`read: ${text}`);
  return { ...r.error, ...lineColumn(text, r.error.offset) };
};

describe('reading JSON with positions', () => {
  it('reads what JSON.parse reads', () => {
    for (const text of [
      '{}',
      '[]',
      '"a\\n\\u4e2d"',
      '-1.5e3',
      'true',
      'null',
      ' {"a":[1,{"b":false}],"c":"x"} ',
    ]) {
      const r = readJson(text);
      expect(r.ok && r.value).toEqual(JSON.parse(text));
    }
  });

  it('keeps where each value and property name stands, by JSON Pointer', () => {
    const text = '{\n  "fields": [\n    { "a/b": 1, "key": "x" }\n  ]\n}';
    const r = readJson(text);
    if (!r.ok) throw new Error('not read');
    const key = r.spots.get('/fields/0/key');
    expect(lineColumn(text, key?.nameOffset ?? -1)).toEqual({ line: 3, column: 17 });
    expect(lineColumn(text, key?.offset ?? -1)).toEqual({ line: 3, column: 24 });
    expect(r.spots.has('/fields/0/a~1b')).toBe(true);
  });

  it('says what is wrong and where: a missing comma, a trailing comma, an early end, a stray word', () => {
    expect(errorOf('{\n  "a": 1\n  "b": 2\n}')).toMatchObject({
      code: 'expectedCommaOrClose',
      line: 3,
      column: 3,
      found: '"',
    });
    expect(errorOf('{"a": [1, 2, ]}')).toMatchObject({ code: 'trailingComma', line: 1, column: 12 });
    expect(errorOf('{"a": 1,}')).toMatchObject({ code: 'trailingComma' });
    expect(errorOf('{"a": ')).toMatchObject({ code: 'end', column: 7 });
    expect(errorOf('{"a": tru}')).toMatchObject({ code: 'unexpected', found: 't' });
    expect(errorOf("{'a': 1}")).toMatchObject({ code: 'expectedName', found: "'" });
    expect(errorOf('{"a" 1}')).toMatchObject({ code: 'expectedColon', found: '1' });
    expect(errorOf('{"a": 1} x')).toMatchObject({ code: 'extra', column: 10 });
    expect(errorOf('{"a": "x\ny"}')).toMatchObject({ code: 'badString', line: 1 });
  });

  it('refuses a property named twice in one object, which JSON.parse would silently take the last of', () => {
    expect(errorOf('{"key": "a",\n "key": "b"}')).toMatchObject({
      code: 'duplicateName',
      found: 'key',
      line: 2,
      column: 2,
    });
  });

  it('keeps a member named __proto__ as data', () => {
    const r = readJson('{"__proto__": {"x": 1}}');
    expect(r.ok && Object.keys(r.value as object)).toEqual(['__proto__']);
    expect(({} as { x?: number }).x).toBeUndefined();
  });
});
