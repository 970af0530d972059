import { describeApprovers } from '@signoff/org';
import { describe, expect, it } from 'vitest';
import { describeTemplate } from './describe-template.js';
import { loadCatalog } from './node/load-catalog.js';

describe('describeTemplate (signoff catalog show)', () => {
  it("says each step's approvers in the route designer's words, with the form's labels, in zh and en", async () => {
    const loaded = await loadCatalog('real-estate');
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    const purchase = loaded.catalog.templates.map((x) => x.file).find((t) => t.key === 're_purchase');
    expect(purchase).toBeDefined();
    const t = purchase!;
    const zh = describeTemplate(t, 'zh');
    const en = describeTemplate(t, 'en');
    for (const n of t.route.nodes) {
      if (!('approvers' in n)) continue;
      const fields = { fields: t.form.fields };
      expect(zh).toContain(
        `[${n.type}] ${n.name.zh} (${n.id}) — ${describeApprovers(n.approvers, 'zh', fields)}`,
      );
      expect(en).toContain(
        `[${n.type}] ${n.name.en} (${n.id}) — ${describeApprovers(n.approvers, 'en', fields)}`,
      );
    }
    // the category-supervisor step reads with the field's label, as on the canvas
    const label = t.form.fields.find((f) => f.key === 'purchaseCategory')!.label;
    expect(zh).toContain(`分管领导（按 ${label.zh}）`);
    expect(en).toContain(`Supervising leader (by ${label.en})`);
    expect(en).not.toContain('(⚠');
  });
});
