/** The server's limit on a test case's name (packages/api simulation-case-service), so the input stops there. */
export const MAX_CASE_NAME = 80;
