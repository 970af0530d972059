/**
 * The form designer toolbar's link to this page, in both languages. Kept apart from the route
 * designer's bundle so the form designer's chunk carries two words, not the whole page's strings.
 */
export const ROUTE_LINK_TEXT = { zh: '流程设计', en: 'Route' } as const;

export const routePagePath = (templateId: string) =>
  `/designer/forms/${encodeURIComponent(templateId)}/route`;
