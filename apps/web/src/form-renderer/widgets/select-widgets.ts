// Loaded on demand (cell-widgets.tsx): antd's Select and its virtual list.
export { SelectWidget } from './SelectWidget';
export { PersonPickerWidget } from './PersonPickerWidget';
