import type { Queryable } from '../../core/database.js';

/** Who a saved simulation submits as: a person of the org, or a hypothetical one by department and rank. */
export type SimulationCaseApplicant = { userId: string } | { departmentId: string; rankId: string | null };

/** One step the case expects: the node, and the users it resolves to there. */
export interface SimulationCaseStep {
  nodeId: string;
  userIds: string[];
}

/** A route designer's test case of a template (see migration 0044). */
export interface SimulationCase {
  id: string;
  templateId: string;
  name: string;
  applicant: SimulationCaseApplicant;
  formData: Record<string, unknown>;
  expected: SimulationCaseStep[];
  createdAt: string;
  createdBy: string;
}

type CaseRecord = {
  id: string;
  template_id: string;
  name: string;
  applicant: SimulationCaseApplicant;
  form_data: Record<string, unknown>;
  expected: SimulationCaseStep[];
  created_at: string | Date;
  created_by: string;
};

const toCase = (r: CaseRecord): SimulationCase => ({
  id: r.id,
  templateId: r.template_id,
  name: r.name,
  applicant: r.applicant,
  formData: r.form_data,
  expected: r.expected,
  createdAt: new Date(r.created_at).toISOString(),
  createdBy: r.created_by,
});

/** A template's cases, oldest first, so they keep the order the designer saved them in. */
export async function listSimulationCases(
  tx: Queryable,
  tenantId: string,
  templateId: string,
): Promise<SimulationCase[]> {
  const rows = await tx.query<CaseRecord>(
    `SELECT id, template_id, name, applicant, form_data, expected, created_at, created_by FROM route_simulation_cases
      WHERE tenant_id = $1 AND template_id = $2 ORDER BY created_at, id`,
    [tenantId, templateId],
  );
  return rows.map(toCase);
}

export async function countSimulationCases(
  tx: Queryable,
  tenantId: string,
  templateId: string,
): Promise<number> {
  const rows = await tx.query<{ n: number | string }>(
    'SELECT count(*) AS n FROM route_simulation_cases WHERE tenant_id = $1 AND template_id = $2',
    [tenantId, templateId],
  );
  return Number(rows[0]?.n ?? 0);
}

/** Inserts a case, or replaces the one with the same id (saving it again after the route changed). */
export async function saveSimulationCase(tx: Queryable, tenantId: string, c: SimulationCase): Promise<void> {
  await tx.query(
    `INSERT INTO route_simulation_cases (tenant_id, id, template_id, name, applicant, form_data, expected, created_at, created_by)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)
     ON CONFLICT (tenant_id, id) DO UPDATE SET name = excluded.name, applicant = excluded.applicant,
       form_data = excluded.form_data, expected = excluded.expected`,
    [
      tenantId,
      c.id,
      c.templateId,
      c.name,
      JSON.stringify(c.applicant),
      JSON.stringify(c.formData),
      JSON.stringify(c.expected),
      c.createdAt,
      c.createdBy,
    ],
  );
}

/** Deletes one case of the template; false when it has no such case. */
export async function deleteSimulationCase(
  tx: Queryable,
  tenantId: string,
  templateId: string,
  id: string,
): Promise<boolean> {
  const rows = await tx.query<{ id: string }>(
    'DELETE FROM route_simulation_cases WHERE tenant_id = $1 AND template_id = $2 AND id = $3 RETURNING id',
    [tenantId, templateId, id],
  );
  return rows.length > 0;
}
