import type { Queryable } from '../core/database.js';
import type { LocalizedText } from '../core/db-error.js';

export interface TemplateSupervision {
  templateKey: string;
  title: LocalizedText;
  archived: boolean;
  /** the template's 督办人; `active: false` is a leaver still named there */
  supervisors: { id: string; name: string; active: boolean }[];
  open: number;
  /** open approve/handle tasks past their time limit now */
  overdue: number;
}

/** Every published template with its supervisors and its open and overdue work now (the admin's 督办 overview). */
export async function templateSupervision(
  tx: Queryable,
  tenantId: string,
  now: string,
): Promise<TemplateSupervision[]> {
  const rows = await tx.query<{
    key: string;
    title: LocalizedText;
    archived: boolean;
    supervisors: TemplateSupervision['supervisors'] | string;
    open: number;
    overdue: number;
  }>(
    `SELECT t.key, t.title, t.archived_at IS NOT NULL AS archived,
            coalesce((SELECT jsonb_agg(jsonb_build_object('id', u.id, 'name', u.name, 'active', u.active) ORDER BY u.name)
                        FROM users u WHERE u.tenant_id = t.tenant_id AND u.id = ANY(t.supervisor_ids)), '[]'::jsonb) AS supervisors,
            count(k.id)::int AS open, count(k.id) FILTER (WHERE k.due_at < $2)::int AS overdue
       FROM templates t
       LEFT JOIN instances i ON i.tenant_id = t.tenant_id AND i.template_id = t.id AND i.status = 'running'
       LEFT JOIN tasks k ON k.tenant_id = i.tenant_id AND k.instance_id = i.id AND k.status = 'pending' AND k.kind IN ('approve', 'handle')
      WHERE t.tenant_id = $1 AND t.current_version_id IS NOT NULL
      GROUP BY t.tenant_id, t.id, t.key, t.title, t.archived_at, t.supervisor_ids ORDER BY t.key`,
    [tenantId, now],
  );
  return rows.map((x) => ({
    templateKey: x.key,
    title: x.title,
    archived: x.archived,
    // a driver without jsonb parsing hands the aggregate over as text
    supervisors:
      typeof x.supervisors === 'string'
        ? (JSON.parse(x.supervisors) as TemplateSupervision['supervisors'])
        : x.supervisors,
    open: x.open,
    overdue: x.overdue,
  }));
}
