import { render } from '@testing-library/react';
import type { FormField, FormModel, JsonSchema, UiSchema } from '@signoff/schema';
import { FormRenderer } from '../FormRenderer';
import { createFormStore, type FormStoreOptions } from '../store/form-store';
import { formWith, testForm } from '../test-form';
import { fakeApi, type FakeApi } from './fake-api';
import { TestProviders } from './providers';
import { loadValidatorFactory } from '../store/validator-loader';
import { preloadAllWidgets } from '../widget-registry';

// the app fetches the validator and the picker chunks while the form loads; tests have them from the start
await Promise.all([loadValidatorFactory(), preloadAllWidgets()]);

export interface RenderedForm {
  store: ReturnType<typeof createFormStore>;
  api: FakeApi;
  view: ReturnType<typeof render>;
}

/** Renders a form in the app's providers; the default is the test form with every field type. */
export function renderForm(
  opts: Partial<FormStoreOptions> & { form?: { model: FormModel; schema: JsonSchema; uiSchema: UiSchema }; api?: FakeApi; serialNo?: string; disabled?: boolean } = {},
): RenderedForm {
  const { form = testForm, api = fakeApi(), serialNo, disabled, ...rest } = opts;
  const store = createFormStore({ ...form, ...rest });
  const view = render(
    <TestProviders api={api}>
      <FormRenderer store={store} {...(serialNo ? { serialNo } : {})} {...(disabled ? { disabled } : {})} />
    </TestProviders>,
  );
  return { store, api, view };
}

/** The field's shell (caption, control, help, error) by its key. */
export function fieldEl(key: string): HTMLElement {
  const el = document.getElementById(`field-${key}`);
  if (!el) throw new Error(`no field ${key}`);
  return el;
}

/** One field alone in a form, for widget tests. */
export function renderField(field: FormField, opts: Omit<Parameters<typeof renderForm>[0] & object, 'form'> = {}): RenderedForm {
  return renderForm({ ...opts, form: formWith([field]) });
}
