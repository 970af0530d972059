import {
  getVersionByNumber,
  listPublishedTemplates,
  templateCards,
  type TemplateVersionRow,
} from '@signoff/db';
import { generateFormTypes, pascalCase } from '@signoff/schema/typegen';
import { z } from 'zod';
import { errors } from '../../trpc/app-error.js';
import type { RestCall } from './operation.js';
import { defineOperation } from './operation.js';
import { keyParam, schemaQuery, templateOut } from './rest-schemas.js';

const FORM = { zh: '表单', en: 'The form' };

async function publishedVersion(
  call: RestCall<unknown, unknown, unknown>,
  key: string,
  version: number | undefined,
): Promise<TemplateVersionRow> {
  const { tenantId } = call.token;
  const v = await call.system.tx(async (tx) => {
    const current = (await listPublishedTemplates(tx, tenantId)).find((t) => t.key === key);
    if (!current || version === undefined || version === current.version) return current;
    return getVersionByNumber(tx, tenantId, current.templateId, version);
  });
  if (!v)
    throw errors.notFound({
      zh: `${FORM.zh}「${key}」${version ? `的第 ${version} 版` : ''}`,
      en: `${FORM.en} ${key}${version ? ` version ${version}` : ''}`,
    });
  return v;
}

export const listTemplates = defineOperation({
  operationId: 'listTemplates',
  method: 'GET',
  path: '/templates',
  summary: 'List the published templates',
  description:
    "The forms the token's tenant offers, each with the key to submit with and its current version.",
  tags: ['templates'],
  scope: 'read',
  response: { status: 200, description: 'the published templates, by key', schema: z.array(templateOut) },
  errors: [403],
  examples: {
    response: [
      {
        key: 'leave',
        templateId: 'tpl-leave',
        version: 3,
        name: { zh: '请假申请', en: 'Leave request' },
        category: { id: 'f-hr', name: '人事' },
        description: null,
        archived: false,
      },
    ],
  },
  handler: async (call) => {
    const { tenantId } = call.token;
    const [templates, cards] = await call.system.tx(async (tx) =>
      Promise.all([listPublishedTemplates(tx, tenantId), templateCards(tx, tenantId)]),
    );
    const body = templates.map((t) => ({
      key: t.key,
      templateId: t.templateId,
      version: t.version,
      name: t.title,
      category: cards.get(t.templateId)?.folder ?? null,
      description: cards.get(t.templateId)?.description ?? null,
      archived: t.archivedAt !== null,
    }));
    return { status: 200, body: z.array(templateOut).parse(body) };
  },
});

export const getTemplateSchema = defineOperation({
  operationId: 'getTemplateSchema',
  method: 'GET',
  path: '/templates/{key}/schema',
  summary: "A template's form as JSON Schema 2020-12",
  description:
    'Exactly the schema the server validates submissions with: data valid against it is accepted by submitInstance ' +
    '(rules that depend on the applicant, such as visibility by department, are applied on submission as well).',
  tags: ['templates'],
  scope: 'read',
  params: keyParam,
  query: schemaQuery,
  response: {
    status: 200,
    description: 'the JSON Schema (dialect https://json-schema.org/draft/2020-12/schema)',
    schema: z.record(z.string(), z.unknown()),
  },
  errors: [403, 404, 422],
  examples: {
    response: {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      properties: { days: { type: 'number', minimum: 0.5 } },
      required: ['days'],
    },
  },
  handler: async (call) => {
    const v = await publishedVersion(call, call.params.key, call.query.version);
    return { status: 200, body: v.formSchema };
  },
});

export const getTemplateTypes = defineOperation({
  operationId: 'getTemplateTypes',
  method: 'GET',
  path: '/templates/{key}/types',
  summary: "TypeScript types of a template's submissions",
  description: 'The code `signoff form types` prints, generated from the same JSON Schema.',
  tags: ['templates'],
  scope: 'read',
  params: keyParam,
  query: schemaQuery,
  response: {
    status: 200,
    description: 'the generated TypeScript',
    schema: z.object({ key: z.string(), version: z.number().int(), typescript: z.string() }),
  },
  errors: [403, 404, 422],
  examples: {
    response: { key: 'leave', version: 3, typescript: 'export interface Leave {\n  days: number;\n}\n' },
  },
  handler: async (call) => {
    const v = await publishedVersion(call, call.params.key, call.query.version);
    const typescript = await generateFormTypes(v.formSchema as never, { name: pascalCase(v.key) });
    return { status: 200, body: { key: v.key, version: v.version, typescript } };
  },
});
