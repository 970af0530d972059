// The web app's reusable parts. `main.tsx` mounts the app; the designer's preview and tests reuse
// the renderer from here rather than reaching into folders.
export { App } from './App';
export {
  FormRenderer,
  FormDataView,
  createFormStore,
  useFormStore,
  type FormRendererProps,
  type FormStore,
} from './form-renderer';
export type { AppErrorData, FieldErrorData } from './api/app-error';
