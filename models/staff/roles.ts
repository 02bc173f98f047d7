/** Who may use the staff pages; admins can do everything a supervisor can. */
export const ROLES = ['agent', 'supervisor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Who is looking: what the staff pages and the queue decide visibility by. */
export interface StaffViewer {
  user: string;
  role: Role;
}
