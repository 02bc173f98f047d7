import path from 'node:path';
import { Low, type Adapter } from 'lowdb';
import { DurableJsonFile } from '../../infra/storage/durableJsonFile';
import { passwordProblem } from './passwordPolicy';
import { hashPassword, verifyPassword } from './passwords';

import { ROLES, type Role } from '../../../models/staff/roles';

export interface User {
  name: string;
  role: Role;
  displayName: string;
  passwordHash: string;
  createdAt: string;
  disabled?: boolean;
}

interface UserFile {
  users: Record<string, User>;
}

export type PublicUser = Omit<User, 'passwordHash'>;

export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

/** Staff accounts (agents, supervisors, admins): a small single lowdb file, written only when accounts change. */
export class UserStore {
  private constructor(private readonly db: Low<UserFile>) {}

  static async open(dataDir: string): Promise<UserStore> {
    return UserStore.openOn(new DurableJsonFile(path.join(dataDir, 'users.json')));
  }

  /** On any lowdb adapter (PostgreSQL keeps the same document as a row). */
  static async openOn(adapter: Adapter<UserFile>): Promise<UserStore> {
    const db = new Low<UserFile>(adapter, { users: {} });
    await db.read();
    return new UserStore(db);
  }

  get(name: string): PublicUser | undefined {
    const user = Object.hasOwn(this.db.data.users, name) ? this.db.data.users[name] : undefined;
    if (!user) return undefined;
    const { passwordHash: _hidden, ...visible } = user;
    return visible;
  }

  list(): PublicUser[] {
    return Object.keys(this.db.data.users).map((name) => this.get(name)!);
  }

  async add(name: string, role: Role, password: string, displayName = name): Promise<PublicUser> {
    if (!/^[a-z][a-z0-9._-]{1,31}$/.test(name))
      throw new UserError(`user name "${name}" must be 2-32 characters: lower-case letters, digits, . _ -, starting with a letter`);
    if (!ROLES.includes(role)) throw new UserError(`role must be one of ${ROLES.join(', ')}`);
    const problem = passwordProblem(password);
    if (problem) throw new UserError(problem);
    if (Object.hasOwn(this.db.data.users, name)) throw new UserError(`user "${name}" already exists`);
    this.db.data.users[name] = { name, role, displayName, passwordHash: await hashPassword(password), createdAt: new Date().toISOString() };
    await this.db.write();
    return this.get(name)!;
  }

  async setDisabled(name: string, disabled: boolean): Promise<void> {
    const user = this.db.data.users[name];
    if (!user) throw new UserError(`no user "${name}"`);
    user.disabled = disabled;
    await this.db.write();
  }

  /** The user when the password matches an enabled account; the same cost either way, so timing tells nothing. */
  async authenticate(name: string, password: string): Promise<PublicUser | undefined> {
    const user = Object.hasOwn(this.db.data.users, name) ? this.db.data.users[name] : undefined;
    const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
    return ok && user && !user.disabled ? this.get(name) : undefined;
  }
}

// A valid hash of a random password, verified when the user does not exist.
const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$' + Buffer.alloc(64).toString('base64');
