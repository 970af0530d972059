import { describe, expect, it } from 'vitest';
import { csvCell } from '../../files/csv';
import { auditCsv } from './audit-csv';

describe('the audit export', () => {
  it('quotes what needs quoting and defuses formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-1')).toBe("'-1");
  });

  it('writes one line per entry with the name beside the id, the data as JSON, behind a BOM', () => {
    const csv = auditCsv(
      [
        {
          seq: 2,
          chainPos: 2,
          at: '2026-12-01T02:00:00.000Z',
          actorId: 'u-zhang',
          action: 'instance.submit',
          subject: 'i-1',
          data: { a: 1, b: 'x' },
          hash: 'h2',
        },
        {
          seq: 1,
          chainPos: 1,
          at: '2026-12-01T01:00:00.000Z',
          actorId: null,
          action: 'auth.loginFailed',
          subject: 'li.si',
          data: {},
          hash: 'h1',
        },
      ],
      ['seq', 'at', 'actorId', 'actor', 'action', 'subject', 'data', 'hash'],
      (id) => (id === 'u-zhang' ? '张三' : id),
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toEqual([
      'seq,at,actorId,actor,action,subject,data,hash',
      '2,2026-12-01T02:00:00.000Z,u-zhang,张三,instance.submit,i-1,"{""a"":1,""b"":""x""}",h2',
      '1,2026-12-01T01:00:00.000Z,,,auth.loginFailed,li.si,{},h1',
    ]);
  });
});
