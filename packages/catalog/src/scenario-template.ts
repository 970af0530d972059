import { simulationError } from './catalog-error.js';
import type { Catalog, TemplateFile } from './template-file.js';

/**
 * The template a scenario's `flow` names: by key, by the seed's title, then by either title.
 * An unknown name is an error that lists the catalog's flows, so a typo is easy to fix.
 */
export function scenarioTemplate(catalog: Catalog, flow: string): TemplateFile {
  const all = catalog.templates.map((t) => t.file);
  const t =
    all.find((x) => x.key === flow) ??
    all.find((x) => x.seed?.title === flow) ??
    all.find((x) => x.title.zh === flow || x.title.en === flow);
  if (!t) {
    throw simulationError({
      zh: `目录「${catalog.manifest.code}」中没有流程「${flow}」（流程：${all.map((x) => x.seed?.title ?? x.title.zh).join('、')}）`,
      en: `The catalog "${catalog.manifest.code}" has no flow "${flow}" (flows: ${all.map((x) => x.key).join(', ')})`,
    });
  }
  return t;
}
