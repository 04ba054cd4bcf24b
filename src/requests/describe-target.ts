/** "Mary Jones, HR, XYZ Corp"; "someone in HR at XYZ Corp" when no person is named. */
export function describeTarget(name: string | null, role: string | null, organization: string | null): string {
  if (name) return [name, role, organization].filter(Boolean).join(", ");
  if (role && organization) return `someone (${role}) at ${organization}`;
  if (organization) return `someone at ${organization}`;
  return role ? `someone (${role})` : "no one named";
}
