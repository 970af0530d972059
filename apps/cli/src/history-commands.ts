import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { AppError, createApiDeps, importHistoryAs } from '@signoff/api';
import { findTenantByCode, migrate, openDatabase, withAppRole } from '@signoff/db';

const out = (text: string): void => {
  process.stdout.write(`${text}\n`);
};

/**
 * `signoff history import --tenant <code> --file <x.xlsx> [--dry-run]`: finished requests of
 * another system into a company, as read-only archived requests. A file with any problem is
 * refused whole: each problem is printed by sheet and line (zh, then en) and the exit code is 1.
 */
export function registerHistoryCommands(program: Command): void {
  program
    .command('history')
    .description('history of another system: finished requests from Excel')
    .command('import')
    .description(
      'import finished requests from a workbook (one sheet per form); checks everything first, changes nothing on any problem',
    )
    .requiredOption('--tenant <code>', 'company code')
    .requiredOption('--file <x.xlsx>', 'the workbook (see docs/history-import.md)')
    .option('--dry-run', 'check and count only; write nothing')
    .option('--json', 'print the result as JSON')
    .option(
      '--data-dir <dir>',
      'where the embedded database keeps its files (ignored with DATABASE_URL)',
      './data/pglite',
    )
    .action(
      async (f: { tenant: string; file: string; dryRun?: boolean; json?: boolean; dataDir: string }) => {
        let bytes: Buffer;
        try {
          bytes = await readFile(f.file);
        } catch {
          throw new Error(`无法读取文件「${f.file}」 / cannot read the file ${f.file}`);
        }
        const db = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: f.dataDir });
        try {
          await migrate(db);
          const tenant = await withAppRole(db, (tx) => findTenantByCode(tx, f.tenant));
          if (!tenant)
            throw new Error(`没有企业代码为「${f.tenant}」的企业 / no company with the code "${f.tenant}"`);
          const result = await importHistoryAs(
            createApiDeps(db),
            { tenantId: tenant.id, userId: null },
            {
              fileName: basename(f.file),
              contentBase64: bytes.toString('base64'),
              dryRun: f.dryRun === true,
            },
          ).catch((e: unknown) => {
            if (e instanceof AppError)
              for (const p of e.fieldErrors ?? [])
                process.stderr.write(
                  `  ${p.path}  ${p.message.zh}\n  ${' '.repeat(p.path.length)}  ${p.message.en}\n`,
                );
            throw e;
          });
          if (f.json) return out(JSON.stringify(result, null, 2));
          out(`${result.dryRun ? '[dry run / 仅检查] ' : ''}${result.fileName} → ${f.tenant}`);
          for (const s of result.sheets)
            out(
              `  ${s.sheet} (${s.templateKey}): ${s.imported} new / 新, ${s.unchanged} unchanged / 已导入过`,
            );
          if (result.previousImport)
            out(
              `  这个文件在 ${result.previousImport.at} 导入过 / this file was imported at ${result.previousImport.at}`,
            );
          out(`${result.message.zh}\n${result.message.en}`);
        } finally {
          await db.close();
        }
      },
    );
}
