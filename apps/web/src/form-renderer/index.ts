// The form renderer's public surface: filling, approving with a step's permissions, read-only views.
export { createFormStore, type FormStore, type FormStoreOptions } from './store/form-store';
export type { FieldAccess, FieldSnapshot, FormSummary } from './store/field-snapshot';
export { useField, useFormStore, useFormSummary } from './use-field';
export { FormRenderer, type FormRendererProps } from './FormRenderer';
export { FormDataView, type FormDataViewProps } from './FormDataView';
export { DataValue, type DataValueProps } from './data-view/DataValue';
export { focusField } from './focus-field';
export { uploadFile, fileUrl, UploadError, type UploadOptions } from './upload/upload-file';
export { limitsOf, refusalOf, type FileLimits, type Refusal } from './upload/file-policy';
export { SignaturePad, type SignaturePadProps } from './widgets/signature/SignaturePad';
export { displayValue } from './display-value';
export { buildBenchForm, type BenchFormOptions } from './bench-form';
// the pickers, drop-downs and the validator come in chunks of their own; a benchmark or a page that
// must draw every field at once awaits these first
export { preloadAllWidgets, preloadWidgets } from './widget-registry';
export { loadValidatorFactory } from './store/validator-loader';
