// Loaded on demand (cell-widgets.tsx): the date and time pickers are the largest controls of a form.
export { DateWidget } from './DateWidget';
export { DateRangeWidget } from './DateRangeWidget';
export { TimeWidget } from './TimeWidget';
