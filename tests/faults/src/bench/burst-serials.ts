/**
 * The burst's correctness check, pure so it can be tested without a server: every submission the
 * server acknowledged is stored under the serial number it was told, and the numbers of each
 * template and period run 1, 2, 3 … with no repeat and no hole (a gap means a number was lost,
 * a repeat that two people hold the same form number).
 */
export interface StoredInstance {
  id: string;
  templateId: string;
  serialNo: string;
}

export interface Acknowledged {
  id: string;
  serialNo: string | undefined;
}

export interface SerialVerdict {
  /** acknowledged submissions not in the database, or stored under another number */
  missing: string[];
  /** serial numbers held by more than one stored request */
  duplicates: string[];
  /** `template period: n` for each number absent from 1 … highest */
  gaps: string[];
  /** stored serial numbers that are not `PREFIX-PERIOD-NNNN` */
  unreadable: string[];
}

const SERIAL = /^(.+)-(\d{6})-(\d+)$/;

export function checkSerials(
  acked: readonly Acknowledged[],
  stored: readonly StoredInstance[],
): SerialVerdict {
  const byId = new Map(stored.map((s) => [s.id, s]));
  const missing = acked
    .filter((a) => {
      const s = byId.get(a.id);
      return !s || (a.serialNo !== undefined && s.serialNo !== a.serialNo);
    })
    .map((a) => a.id);

  const seen = new Map<string, number>();
  for (const s of stored) seen.set(s.serialNo, (seen.get(s.serialNo) ?? 0) + 1);
  const duplicates = [...seen].filter(([, n]) => n > 1).map(([serial]) => serial);

  // the counter is per template and period (serial_counters' key), so the sequence is too
  const values = new Map<string, Set<number>>();
  const unreadable: string[] = [];
  for (const s of stored) {
    const m = SERIAL.exec(s.serialNo);
    if (!m) {
      unreadable.push(s.serialNo);
      continue;
    }
    const key = `${s.templateId} ${m[2] ?? ''}`;
    const set = values.get(key) ?? new Set<number>();
    set.add(Number(m[3]));
    values.set(key, set);
  }
  const gaps: string[] = [];
  for (const [key, set] of values) {
    const highest = Math.max(...set);
    for (let n = 1; n <= highest; n++) if (!set.has(n)) gaps.push(`${key}: ${n}`);
  }
  return { missing, duplicates, gaps, unreadable };
}

export function serialsAreSound(v: SerialVerdict): boolean {
  return v.missing.length + v.duplicates.length + v.gaps.length + v.unreadable.length === 0;
}
