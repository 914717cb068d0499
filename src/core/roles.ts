// Who may do what in a workspace. Viewers read; members also import and audit;
// owners also manage members, invitations and API tokens.
export const ROLES = ["owner", "member", "viewer"] as const;
export type Role = (typeof ROLES)[number];

export type Permission = "read" | "write" | "manage";

const GRANTS: Record<Role, readonly Permission[]> = {
  owner: ["read", "write", "manage"],
  member: ["read", "write"],
  viewer: ["read"],
};

export function can(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}
