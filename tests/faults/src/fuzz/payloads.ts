/**
 * The fuzz payloads: hostile values of every kind issue 16 names, drawn from a seeded PRNG so a
 * failure printed with its seed and index is reproduced by running the same seed again.
 */
export type Rng = () => number;

/** mulberry32: tiny, fast and fully determined by its 32-bit seed. */
export function prng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;

const STRINGS = [
  '',
  'a\u0000b',
  '\u0000',
  '\uD800',
  'x\uDC00y',
  "' OR 1=1 --",
  "'; DROP TABLE instances; --",
  '1; SELECT pg_sleep(5)',
  "' UNION SELECT password_hash FROM users --",
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  '../../../../etc/passwd',
  '%00',
  '${jndi:ldap://x}',
  '{{7*7}}',
  '2026-02-30',
  '0000-00-00',
  '99999-01-01',
  '2026-13-01T25:61:61Z',
  'NaN',
  'Infinity',
  '-1',
  '1e309',
  '00000000-0000-0000-0000-000000000000',
  '\u202e\u200b\ufeff',
  '表单'.repeat(500),
];

const NUMBERS = [
  -1,
  0,
  -0,
  1.5,
  2 ** 31,
  2 ** 53 + 1,
  Number.MAX_SAFE_INTEGER,
  -Number.MAX_VALUE,
  Number.MAX_VALUE,
  1e308,
  Number.MIN_VALUE,
];

/** JSON cannot carry NaN or Infinity: these strings are their closest over the wire. */
const NUMBER_LIKE = ['NaN', 'Infinity', '-Infinity', '1e999', '0x10', '١٢٣'];

/** Written as text: JSON.stringify of 10 000 levels would overflow the test's own stack. */
function deepText(levels: number, asArray: boolean): string {
  return asArray
    ? `${'['.repeat(levels)}"x"${']'.repeat(levels)}`
    : `${'{"a":'.repeat(levels)}"x"${'}'.repeat(levels)}`;
}

const DEEP_MARK = '__fuzz_deep__';

/** Objects whose keys reach for a prototype, built from text so `__proto__` is an own key. */
const PROTO_OBJECTS = [
  '{"__proto__":{"isAdmin":true,"polluted":1}}',
  '{"constructor":{"prototype":{"polluted":1}}}',
  '{"prototype":{"polluted":1},"toString":"x","hasOwnProperty":1}',
  '{"id":"x","__proto__":{"tenantId":"other"}}',
];

export type PayloadKind =
  | 'string'
  | 'number'
  | 'numberLike'
  | 'wrongType'
  | 'deepNesting'
  | 'protoKeys'
  | 'hugeArray'
  | 'bigString'
  | 'mutation';

export interface Payload {
  kind: PayloadKind;
  /** the value, except for deep nesting where it holds a marker the body replaces */
  value: unknown;
  /** the request body as sent */
  body: string;
}

const payload = (kind: PayloadKind, value: unknown, deep?: string): Payload => ({
  kind,
  value,
  body: deep ? JSON.stringify(value).replace(`"${DEEP_MARK}"`, deep) : JSON.stringify(value),
});

/** One hostile value (not yet placed in an input). `bigOk` allows a multi-megabyte string. */
export function hostileValue(rng: Rng, bigOk: boolean): Payload {
  const r = rng();
  if (bigOk) return payload('bigString', 'x'.repeat(10 * 1024 * 1024));
  if (r < 0.3) return payload('string', pick(rng, STRINGS));
  if (r < 0.45) return payload('number', pick(rng, NUMBERS));
  if (r < 0.5) return payload('numberLike', pick(rng, NUMBER_LIKE));
  if (r < 0.7)
    return payload('wrongType', pick(rng, [null, true, false, [], {}, [1, 'a'], { id: 1 }, 42, 'x']));
  if (r < 0.8) {
    const levels = pick(rng, [100, 1000, 10_000]);
    return { kind: 'deepNesting', value: DEEP_MARK, body: deepText(levels, rng() < 0.5) };
  }
  if (r < 0.95) return payload('protoKeys', JSON.parse(pick(rng, PROTO_OBJECTS)) as unknown);
  return payload(
    'hugeArray',
    Array.from({ length: 20_000 }, (_, i) => i),
  );
}

/**
 * A whole input: either the hostile value itself, or (when a valid input is known) that input
 * with one field replaced by it, so the procedure's own checks past the schema are reached too.
 */
export function payloadFor(rng: Rng, valid: Record<string, unknown> | undefined, bigOk: boolean): Payload {
  const hostile = hostileValue(rng, bigOk);
  if (!valid || rng() < 0.4) return hostile;
  const keys = Object.keys(valid);
  if (keys.length === 0) return hostile;
  const key = pick(rng, keys);
  const deep = hostile.kind === 'deepNesting' ? hostile.body : undefined;
  return payload(
    hostile.kind === 'bigString' ? 'bigString' : 'mutation',
    { ...valid, [key]: hostile.value },
    deep,
  );
}
