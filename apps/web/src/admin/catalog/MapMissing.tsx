import { Button, Select, Space } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/app-error';
import { useTRPC } from '../../api/trpc';
import { useLang } from '../../i18n/use-lang';
import { toast } from '../../layout/toast';

export interface OrgDepartment {
  id: string;
  name: string;
  parentId: string | null;
}

/**
 * A missing position or department mapped by hand: the admin picks the department it belongs in
 * (for a department: its parent) and creates it through the org procedures, which check the whole
 * org first; the plan is then asked again and shows it found.
 */
export function MapMissing({
  kind,
  name,
  suggested,
  departments,
  onCreated,
}: {
  kind: 'position' | 'department';
  name: string;
  /** the department the template file names for it, preselected when the org has it */
  suggested: string | undefined;
  departments: readonly OrgDepartment[];
  onCreated: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const trpc = useTRPC();
  const savePosition = useMutation(trpc.org.savePosition.mutationOptions());
  const saveDepartment = useMutation(trpc.org.saveDepartment.mutationOptions());
  const [departmentId, setDepartmentId] = useState<string | undefined>(
    // a department the file names no parent for goes under the company's root, as the import would put it
    departments.find((d) => d.name === suggested)?.id ??
      (kind === 'department' ? departments.find((d) => d.parentId === null)?.id : undefined),
  );
  const w = (k: string, o?: Record<string, string>) => t(`adminCatalog.wizard.${k}`, o);

  const create = async () => {
    if (!departmentId) return;
    try {
      if (kind === 'position') await savePosition.mutateAsync({ name, departmentId, isHead: false });
      else await saveDepartment.mutateAsync({ name, parentId: departmentId, order: 0 });
      toast('success', w('created', { name }));
      await onCreated();
    } catch (e) {
      toast('error', w('createFailed', { error: errorText(e, lang) }));
    }
  };

  return (
    <Space.Compact data-testid={`map-${kind}-${name}`}>
      <Select
        placeholder={kind === 'position' ? w('mapTo') : w('parent')}
        aria-label={`${name}: ${kind === 'position' ? w('mapTo') : w('parent')}`}
        showSearch={{ optionFilterProp: 'label' }}
        value={departmentId}
        onChange={setDepartmentId}
        style={{ width: 200 }}
        options={departments.map((d) => ({ value: d.id, label: d.name }))}
        id={`map-${kind}-${name.replace(/[^\w\u4e00-\u9fff-]/g, '_')}`}
        data-testid="map-department"
      />
      <Button
        disabled={!departmentId}
        loading={savePosition.isPending || saveDepartment.isPending}
        onClick={() => void create()}
        data-testid="map-create"
      >
        {w('create')}
      </Button>
    </Space.Compact>
  );
}
