import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serialPlaceholder, takeSerialNumber, type SerialTaking } from './serial-number.js';
import { createTestDatabase, testBackends, type TestDatabase } from '../../testing.js';
import { withPlatform, withTenant } from '../../core/tenant-scope.js';
import type { Queryable } from '../../core/database.js';
import { insertTenant } from '../tenants/tenant-repository.js';

/** An instance, a notice, an e-mail job and a webhook delivery, all naming the number by its stand-in. */
async function submitted(tx: Queryable, id: string): Promise<SerialTaking> {
  const ph = serialPlaceholder(id);
  await tx.query(
    `INSERT INTO instances (tenant_id, id, template_id, version_id, serial_no, applicant_id, data, state, status)
     VALUES ('ta', $1, 'leave', 'v1', $2, 'u1', '{}', '{}', 'running')`,
    [id, ph],
  );
  await tx.query(
    `INSERT INTO notifications (tenant_id, id, user_id, kind, instance_id, data, created_at)
     VALUES ('ta', $1, 'u1', 'task', $2, $3, now())`,
    [`n-${id}`, id, JSON.stringify({ title: `单号 ${ph}，等待你处理`, serialNo: ph })],
  );
  await tx.query(
    `INSERT INTO jobs (tenant_id, id, kind, run_at, payload) VALUES ('ta', $1, 'email', now(), $2)`,
    [`j-${id}`, JSON.stringify({ subject: `${ph} 待审批`, text: `单号 ${ph}` })],
  );
  await tx.query(
    `INSERT INTO webhook_deliveries (tenant_id, id, webhook_id, event, payload, created_at)
     VALUES ('ta', $1, 'w1', 'instance.submitted', $2, now())`,
    [`d-${id}`, JSON.stringify({ data: { instanceId: id, serialNo: ph } })],
  );
  return {
    tenantId: 'ta',
    templateId: 'leave',
    period: '202612',
    // a prefix a JSON string must escape: the rewritten rows stay valid JSON holding it exactly
    layout: { head: '合"同\\-202612-', width: 3 },
    instanceId: id,
    notificationIds: [`n-${id}`, `j-${id}`],
    jobIds: [`j-${id}`],
    deliveryIds: [`d-${id}`],
    audit: {
      at: '2026-12-01T00:00:00Z',
      actorId: 'u1',
      action: 'instance.submit',
      subject: `instance:${id}`,
      data: { serialNo: ph },
    },
  };
}

describe.each(testBackends())('the serial number taken last, on %s', (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
    await withPlatform(t.db, async (tx) => {
      await insertTenant(tx, { id: 'ta', code: 'alpha', name: 'Alpha' });
      await tx.exec(`
        INSERT INTO departments (tenant_id, id, name, parent_id, sort) VALUES ('ta', 'd1', '总部', NULL, 0);
        INSERT INTO users (tenant_id, id, login, name, department_id) VALUES ('ta', 'u1', 'u1', '张三', 'd1');
        INSERT INTO templates (tenant_id, id, key, title, serial_prefix) VALUES ('ta', 'leave', 'leave', '{}', 'QJ');
        INSERT INTO template_versions (tenant_id, id, template_id, version, form_model, form_schema, ui_schema, flow)
          VALUES ('ta', 'v1', 'leave', 1, '{}', '{}', '{}', '{}');
        INSERT INTO webhooks (tenant_id, id, url, secret, events, created_at)
          VALUES ('ta', 'w1', 'https://example.com/h', 's', '{*}', now());`);
    });
  });
  afterAll(() => t.dispose());

  it('prints the next number into the instance, its notices, e-mails, webhook payloads and audit entry', async () => {
    const first = await withTenant(t.db, 'ta', async (tx) => takeSerialNumber(tx, await submitted(tx, 'i1')));
    const second = await withTenant(t.db, 'ta', async (tx) =>
      takeSerialNumber(tx, await submitted(tx, 'i2')),
    );
    expect([first, second]).toEqual(['合"同\\-202612-001', '合"同\\-202612-002']);
    const [row] = await withPlatform(t.db, (tx) =>
      tx.query<{ serial_no: string; notice: unknown; mail: unknown; hook: unknown; audited: unknown }>(
        `SELECT i.serial_no, n.data AS notice, j.payload AS mail, d.payload AS hook, a.data AS audited
           FROM instances i, notifications n, jobs j, webhook_deliveries d, audit_log a
          WHERE i.id = 'i2' AND n.id = 'n-i2' AND j.id = 'j-i2' AND d.id = 'd-i2' AND a.subject = 'instance:i2'`,
      ),
    );
    expect(row).toEqual({
      serial_no: second,
      notice: { title: `单号 ${second}，等待你处理`, serialNo: second },
      mail: { subject: `${second} 待审批`, text: `单号 ${second}` },
      hook: { data: { instanceId: 'i2', serialNo: second } },
      audited: { serialNo: second },
    });
  });

  it('gives the number back when the submit rolls back, and pads past the width without cutting', async () => {
    await expect(
      withTenant(t.db, 'ta', async (tx) => {
        await takeSerialNumber(tx, await submitted(tx, 'i3'));
        throw new Error('refused after the number');
      }),
    ).rejects.toThrow('refused');
    expect(await withTenant(t.db, 'ta', async (tx) => takeSerialNumber(tx, await submitted(tx, 'i3')))).toBe(
      '合"同\\-202612-003',
    );
    await withPlatform(t.db, (tx) =>
      tx.query(`UPDATE serial_counters SET value = 998 WHERE tenant_id = 'ta' AND template_id = 'leave'`),
    );
    const next = await withTenant(t.db, 'ta', async (tx) => takeSerialNumber(tx, await submitted(tx, 'i4')));
    const after = await withTenant(t.db, 'ta', async (tx) => takeSerialNumber(tx, await submitted(tx, 'i5')));
    expect([next, after]).toEqual(['合"同\\-202612-999', '合"同\\-202612-1000']);
  });
});
