import type { Database, Queryable } from './database.js';

/** What a counted database sent: each statement's text (BEGIN and COMMIT of a transaction included). */
export interface StatementLog {
  readonly statements: readonly string[];
  /** how many transactions were opened */
  readonly transactions: number;
  reset(): void;
}

/**
 * The same database, recording every statement sent through it (issue 15): each one is a round
 * trip to PostgreSQL, so their count per action is what a test caps and a benchmark reports.
 * A transaction counts its BEGIN and COMMIT (or ROLLBACK) too, as the wire sees them.
 */
export function countStatements(db: Database): { db: Database; log: StatementLog } {
  let statements: string[] = [];
  let transactions = 0;
  const counted = (q: Queryable): Queryable => ({
    query: (text, params) => {
      statements.push(text);
      return q.query(text, params);
    },
    exec: (script) => {
      statements.push(script);
      return q.exec(script);
    },
    ...(q.copyFrom
      ? {
          copyFrom: (target: string, columns: readonly string[], data: string) => {
            statements.push(`COPY ${target}`);
            return q.copyFrom!(target, columns, data);
          },
        }
      : {}),
  });
  const log: StatementLog = {
    get statements() {
      return statements;
    },
    get transactions() {
      return transactions;
    },
    reset: () => {
      statements = [];
      transactions = 0;
    },
  };
  return {
    log,
    db: {
      kind: db.kind,
      ...counted(db),
      transaction: async (fn) => {
        transactions++;
        statements.push('BEGIN');
        try {
          const result = await db.transaction((tx) => fn(counted(tx)));
          statements.push('COMMIT');
          return result;
        } catch (e) {
          statements.push('ROLLBACK');
          throw e;
        }
      },
      close: () => db.close(),
    },
  };
}
