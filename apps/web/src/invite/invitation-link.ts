/** The invitation link a new member opens: the company code and the one-time code, ready to paste. */
export function invitationLink(origin: string, tenantCode: string, code: string): string {
  const q = new URLSearchParams({ tenant: tenantCode, code });
  return `${origin}/invite?${q.toString()}`;
}
