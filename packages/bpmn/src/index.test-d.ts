import type { SignoffError } from '@signoff/schema';
import { describe, expectTypeOf, it } from 'vitest';
import type {
  BpmnExportError,
  BpmnExportErrorCode,
  BpmnImportError,
  BpmnImportErrorCode,
  BpmnImportErrorDetail,
  BpmnReadError,
  BpmnReadErrorCode,
} from './index.js';

describe("the BPMN package's refusals", () => {
  it("have the packages' one error shape", () => {
    expectTypeOf<BpmnImportError>().toExtend<SignoffError<BpmnImportErrorCode, BpmnImportErrorDetail>>();
    expectTypeOf<BpmnExportError>().toExtend<SignoffError<BpmnExportErrorCode>>();
    expectTypeOf<BpmnReadError>().toExtend<SignoffError<BpmnReadErrorCode>>();
    expectTypeOf<BpmnImportErrorDetail>().toHaveProperty('line').toEqualTypeOf<number | undefined>();
  });
});
