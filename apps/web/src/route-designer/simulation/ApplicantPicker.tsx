import { useMemo } from 'react';
import { Segmented, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApplicantChoice } from './applicant-choice';
import type { SimulationOrg } from './simulation-org';

/** A person of the org (shown with department and rank), or a hypothetical applicant by department and rank. */
export function ApplicantPicker({
  org,
  value,
  onChange,
}: {
  org: SimulationOrg;
  value: ApplicantChoice;
  onChange: (next: ApplicantChoice) => void;
}) {
  const { t } = useTranslation();
  const people = useMemo(() => {
    const dept = new Map(org.departments.map((d) => [d.id, d.name]));
    const rank = new Map(org.ranks.map((r) => [r.id, r.name]));
    return org.users
      .filter((u) => u.active)
      .map((u) => {
        const parts = [u.name, dept.get(u.departmentId), u.rankId ? rank.get(u.rankId) : undefined].filter(
          Boolean,
        );
        return { value: u.id, label: parts.join(' · ') };
      });
  }, [org]);
  const departments = useMemo(() => org.departments.map((d) => ({ value: d.id, label: d.name })), [org]);
  const ranks = useMemo(
    () => [
      { value: '', label: t('routeSimulation.applicant.noRank') },
      ...org.ranks.map((r) => ({ value: r.id, label: r.name })),
    ],
    [org, t],
  );

  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="simulation-applicant">
      <Segmented
        block
        value={value.mode}
        onChange={(mode) => onChange({ ...value, mode: mode === 'hypothetical' ? 'hypothetical' : 'person' })}
        options={[
          { value: 'person', label: t('routeSimulation.applicant.person') },
          { value: 'hypothetical', label: t('routeSimulation.applicant.hypothetical') },
        ]}
      />
      {value.mode === 'person' ? (
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: '100%' }}
          aria-label={t('routeSimulation.applicant.label')}
          placeholder={t('routeSimulation.applicant.pickPerson')}
          value={value.userId ?? undefined}
          options={people}
          onChange={(userId: string) => onChange({ ...value, userId })}
          data-testid="simulation-person"
        />
      ) : (
        <Space.Compact block>
          <Select
            style={{ width: '60%' }}
            aria-label={t('routeSimulation.applicant.department')}
            placeholder={t('routeSimulation.applicant.pickDepartment')}
            value={value.departmentId ?? undefined}
            options={departments}
            onChange={(departmentId: string) => onChange({ ...value, departmentId })}
            data-testid="simulation-department"
          />
          <Select
            style={{ width: '40%' }}
            aria-label={t('routeSimulation.applicant.rank')}
            value={value.rankId ?? ''}
            options={ranks}
            onChange={(rankId: string) => onChange({ ...value, rankId: rankId === '' ? null : rankId })}
            data-testid="simulation-rank"
          />
        </Space.Compact>
      )}
    </Space>
  );
}
