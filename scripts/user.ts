// npm run user -- add NAME --role agent|supervisor|admin [--password P] [--display "Full Name"]
// npm run user -- list | disable NAME | enable NAME
// Manages staff accounts (DATA_DIR, or PostgreSQL with STORE=postgres). Without --password a strong one is generated and printed once.
import { randomBytes } from 'node:crypto';
import { ROLES, type Role } from '../models/staff/roles';
import { UserError } from '../bot/staff/auth/userStore';
import { runCliCommand } from './cliCommand';

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

runCliCommand(
  async ({ foundation }) => {
    const args = process.argv.slice(2);
    const [command, name] = args;
    const users = await foundation.users();
    const audit = foundation.audit;
    const actor = `cli:${process.env.USER ?? 'unknown'}`;
    switch (command) {
      case 'add': {
        const role = option(args, 'role') as Role | undefined;
        if (!name || !role) throw new UserError(`usage: npm run user -- add NAME --role ${ROLES.join('|')} [--password P] [--display "Name"]`);
        const given = option(args, 'password');
        const password = given ?? randomBytes(12).toString('base64url');
        const user = await users.add(name, role, password, option(args, 'display') ?? name);
        await audit.append({ actor, action: 'user.add', targets: [user.name], detail: { role } });
        console.log(`added ${user.name} (${user.role})${given ? '' : `; password: ${password}`}`);
        return 0;
      }
      case 'list':
        for (const u of users.list()) console.log(`${u.name}\t${u.role}\t${u.displayName}${u.disabled ? '\t(disabled)' : ''}`);
        return 0;
      case 'disable':
      case 'enable':
        if (!name) throw new UserError(`usage: npm run user -- ${command} NAME`);
        await users.setDisabled(name, command === 'disable');
        await audit.append({ actor, action: `user.${command}`, targets: [name] });
        console.log(`${name} ${command}d`);
        return 0;
      default:
        throw new UserError('usage: npm run user -- add NAME --role ROLE | list | disable NAME | enable NAME');
    }
  },
  (err) => (err instanceof UserError ? 2 : 1),
);
