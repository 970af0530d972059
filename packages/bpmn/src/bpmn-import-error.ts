import type { Localized } from '@signoff/schema';
import { BpmnError } from './bpmn-error.js';

export type BpmnImportErrorCode = 'empty' | 'malformedXml' | 'notBpmn' | 'noProcess';

/** What the parser said went wrong, and where. */
export interface BpmnImportErrorDetail {
  /** the reason alone, without the sentence around it */
  message: Localized;
  /** where the XML goes wrong, counted from 1 as editors count */
  line?: number;
  column?: number;
  /** the parser's own words */
  cause?: string;
}

/** A file that gives no route at all; nothing is imported. `messageKey` names the message for a UI's own bundle. */
export class BpmnImportError extends BpmnError<BpmnImportErrorCode, BpmnImportErrorDetail> {
  override readonly name = 'BpmnImportError';
  constructor(
    code: BpmnImportErrorCode,
    localized: Localized,
    details: readonly BpmnImportErrorDetail[] = [],
  ) {
    super('bpmnImport', code, localized, details);
  }
}

const XML_REASONS: Record<string, Localized> = {
  'closing tag mismatch': {
    zh: '结束标签与开始标签不匹配',
    en: 'a closing tag does not match its opening tag',
  },
  'missing start tag': { zh: '缺少开始标签', en: 'a start tag is missing' },
  'unclosed tag': { zh: '标签没有闭合', en: 'a tag is not closed' },
  'unexpected end of file': { zh: '文件意外结束', en: 'the file ends too early' },
};

/**
 * bpmn-moddle's parse failure as a typed error. Its messages end in `line: n`, `column: n`
 * (both from 0) and `nested error: why`; well-formed XML of another kind fails as
 * "failed to parse document as <bpmn:Definitions>".
 */
export function parseFailure(e: unknown): BpmnImportError {
  const message = e instanceof Error ? e.message : String(e);
  if (/failed to parse document as <bpmn:Definitions>/.test(message)) {
    const notBpmn = {
      zh: '这不是 BPMN 2.0 文件（缺少 bpmn:definitions）',
      en: 'This is not a BPMN 2.0 file (no bpmn:definitions)',
    };
    return new BpmnImportError('notBpmn', notBpmn, [{ message: notBpmn, cause: message }]);
  }
  const line = /\bline: (\d+)/.exec(message)?.[1];
  const column = /\bcolumn: (\d+)/.exec(message)?.[1];
  const why = /nested error: ([^\n]+)/.exec(message)?.[1]?.trim() ?? message.split('\n')[0] ?? message;
  const what = XML_REASONS[why] ?? { zh: why, en: why };
  if (line === undefined || column === undefined)
    return new BpmnImportError(
      'malformedXml',
      { zh: `无法读取 XML：${what.zh}`, en: `The XML cannot be read: ${what.en}` },
      [{ message: what, cause: message }],
    );
  const at = { line: Number(line) + 1, column: Number(column) + 1 };
  return new BpmnImportError(
    'malformedXml',
    {
      zh: `XML 格式错误（第 ${at.line} 行第 ${at.column} 列）：${what.zh}`,
      en: `The XML is malformed (line ${at.line}, column ${at.column}): ${what.en}`,
    },
    [{ message: what, ...at, cause: message }],
  );
}
