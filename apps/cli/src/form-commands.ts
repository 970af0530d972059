import type { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { SchemaError } from '@signoff/schema';
import { generateFormTypes } from '@signoff/schema/typegen';

/** A failure the user can act on, worded in both languages; main() prints it and exits 1. */
function bilingual(zh: string, en: string, details: readonly string[] = []): Error {
  return new Error([`${zh} / ${en}`, ...details.map((d) => `  ${d}`)].join('\n'));
}

/**
 * The .d.ts text for a file holding either a form model (as the designer saves it) or a form's
 * compiled JSON Schema (as published): what `signoff form types` prints.
 */
export async function formTypesOfFile(file: string, name?: string): Promise<string> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    throw bilingual(`无法读取文件 ${file}（${code}）`, `cannot read ${file} (${code})`);
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw bilingual(`${file} 不是有效的 JSON：${why}`, `${file} is not valid JSON: ${why}`);
  }
  try {
    return await generateFormTypes(input as never, name === undefined ? {} : { name });
  } catch (e) {
    if (e instanceof SchemaError) {
      throw bilingual(
        `${file}：${e.localized.zh}`,
        `${file}: ${e.localized.en}`,
        e.details.map((d) => `${d.path === '' ? '' : `${d.path}: `}${d.message.zh} / ${d.message.en}`),
      );
    }
    throw e;
  }
}

export function registerFormCommands(program: Command): void {
  const form = program.command('form').description('work with form definitions (表单)');
  form
    .command('types')
    .description('print TypeScript types for submissions of a form, from a form model or a compiled JSON Schema file')
    .argument('<file>', 'a JSON file holding a FormModel or a compiled form JSON Schema')
    .option('--name <TypeName>', 'name of the generated interface (default: the form key in PascalCase)')
    .action(async (file: string, flags: { name?: string }) => {
      process.stdout.write(await formTypesOfFile(file, flags.name));
    });
}
