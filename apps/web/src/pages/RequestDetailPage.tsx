// The request page lives in its feature folder; this keeps the router's lazy import working.
export { default } from '../request/RequestPage';
