import { compileForm, type FormModel } from '@signoff/schema';
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { formTypesOfFile } from './form-commands.js';

const BIN = fileURLToPath(new URL('../bin/signoff.mjs', import.meta.url));
const run = promisify(execFile);

async function signoff(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args]);
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

const leave: FormModel = {
  modelVersion: 1,
  key: 'leave',
  title: { zh: '请假申请', en: 'Leave request' },
  fields: [
    { key: 'days', type: 'number', label: { zh: '请假天数', en: 'Leave days' }, required: true, min: 0.5, precision: 1 },
    { key: 'reason', type: 'textarea', label: { zh: '请假事由', en: 'Reason' } },
  ],
};

let dir = '';
const file = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'signoff-form-'));
  await writeFile(file('leave.json'), JSON.stringify(leave));
  await writeFile(file('leave.schema.json'), JSON.stringify(compileForm(leave).schema));
  await writeFile(file('broken.json'), '{ "modelVersion": 1,');
  await writeFile(file('bad-model.json'), JSON.stringify({ ...leave, fields: [{ key: 'days', type: 'slider', label: leave.fields[0]!.label }] }));
  await writeFile(file('other.json'), JSON.stringify({ hello: 'world' }));
});

describe('signoff form types', () => {
  it('prints the .d.ts of a form model', async () => {
    const { code, stdout, stderr } = await signoff('form', 'types', file('leave.json'));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('export interface Leave {');
    expect(stdout).toMatch(/days: number;/);
    expect(stdout).toMatch(/reason\?: string;/);
  });

  it('gives the same text for the compiled schema, and takes --name', async () => {
    expect(await formTypesOfFile(file('leave.schema.json'), 'Leave')).toBe(await formTypesOfFile(file('leave.json')));
    expect(await formTypesOfFile(file('leave.json'), 'LeaveRequest')).toContain('export interface LeaveRequest {');
  });

  it('refuses a bad file on stderr in both languages with a non-zero exit', async () => {
    const broken = await signoff('form', 'types', file('broken.json'));
    expect(broken.code).not.toBe(0);
    expect(broken.stdout).toBe('');
    expect(broken.stderr).toContain('不是有效的 JSON');
    expect(broken.stderr).toContain('is not valid JSON');
  });

  it('explains each problem of an invalid model, and what is neither model nor schema, and a missing file', async () => {
    await expect(formTypesOfFile(file('bad-model.json'))).rejects.toThrow(/有 1 处错误.*\/ .*has 1 problem\(s\)[\s\S]*fields\[0\]\.type: 「请假天数」\(days\) 的类型「slider」不存在 \/ "Leave days" \(days\) has an unknown type "slider"/);
    await expect(formTypesOfFile(file('other.json'))).rejects.toThrow(/既不是表单定义.* \/ .*Neither a form model/);
    await expect(formTypesOfFile(file('missing.json'))).rejects.toThrow(/无法读取文件 .*missing\.json（ENOENT） \/ cannot read .*missing\.json \(ENOENT\)/);
  });
});
