import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeHistoryWorkbook } from '@signoff/api';
import { signoff } from './run-signoff.test-helper.js';

const HEADER = [
  '编号',
  '申请人',
  '提交时间',
  '完成时间',
  '结果',
  '假期类型',
  '请假天数',
  '请假事由',
  '审批记录',
];

describe('signoff history import', () => {
  it('checks a workbook, imports it, says a second import changes nothing, and refuses a bad one with every problem by line', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'signoff-history-'));
    expect((await signoff('seed-demo', '--data-dir', dir)).code).toBe(0);
    const good = join(dir, '旧OA导出.xlsx');
    await writeFile(
      good,
      await writeHistoryWorkbook({
        请假申请: [
          HEADER,
          [
            'OA-1',
            'zhang.san',
            '2024-03-01 09:00',
            '2024-03-01 10:00',
            '同意',
            '事假',
            1,
            '办事',
            '李四 同意 2024-03-01 10:00',
          ],
          [
            'OA-2',
            'zhang.san',
            '2024-03-02 09:00',
            null,
            null,
            '病假',
            2,
            '看病',
            '李四 驳回 2024-03-02 11:00 请补病历',
          ],
        ],
      }),
    );
    const args = ['history', 'import', '--tenant', 'demo', '--file', good, '--data-dir', dir];

    const dry = await signoff(...args, '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('[dry run / 仅检查] 旧OA导出.xlsx → demo');
    expect(dry.stdout).toContain('请假申请 (leave): 2 new / 新, 0 unchanged');
    expect(dry.stdout).toContain('Nothing was written.');

    const done = await signoff(...args, '--json');
    expect(done.code).toBe(0);
    expect(JSON.parse(done.stdout)).toMatchObject({
      dryRun: false,
      imported: 2,
      unchanged: 0,
      previousImport: null,
    });

    const again = await signoff(...args);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('没有需要导入的申请：这 2 条都已导入过，什么也没有改变。');
    expect(again.stdout).toContain('this file was imported at');

    const bad = join(dir, 'bad.xlsx');
    await writeFile(
      bad,
      await writeHistoryWorkbook({
        请假申请: [
          HEADER,
          [
            'OA-3',
            'zhang.san',
            '2024-03-03 09:00',
            null,
            '同意',
            '事假',
            'abc',
            '办事',
            '无名氏 同意 2024-03-03 10:00',
          ],
        ],
      }),
    );
    const refused = await signoff('history', 'import', '--tenant', 'demo', '--file', bad, '--data-dir', dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('请假申请:2  第 2 行：审批记录：「无名氏」不是本企业组织中的人员');
    expect(refused.stderr).toContain('line 2: Leave days is not a number: abc');
    expect(refused.stderr).toContain('导入被拒绝：文件中有 2 处问题');

    const audit = await signoff('audit', 'verify', 'demo', '--data-dir', dir);
    expect(audit.stdout).toContain('audit chain intact');
  }, 120_000);
});
