import { describe, expect, it } from 'vitest';
import { realEstateDemoOrg } from './demo.js';
import { validateOrg } from './validate-org.js';

describe('validateOrg', () => {
  it('accepts the demo org as it is', () => {
    expect(validateOrg(realEstateDemoOrg())).toEqual([]);
  });

  it("refuses any department whose head position is not the company's, virtual or not", () => {
    const org = realEstateDemoOrg();
    const dept = org.departments.find((d) => !d.virtual);
    if (!dept) throw new Error('the demo org has no plain department');
    const changed = {
      ...org,
      departments: org.departments.map((d) =>
        d.id === dept.id ? { ...d, headPositionId: 'of-another-company' } : d,
      ),
    };
    expect(validateOrg(changed)).toEqual([
      expect.objectContaining({ code: 'unknown_head_position', subject: `department:${dept.id}` }),
    ]);
  });
});
