/** The JSON Schema's file name beside the types' one: `leave.v3.d.ts` → `leave.v3.schema.json`. */
export function schemaFileName(typesFileName: string): string {
  const base = typesFileName.replace(/\.d\.ts$/, '').replace(/\.ts$/, '');
  return `${base || 'form'}.schema.json`;
}
