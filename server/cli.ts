/**
 * Admin CLI of the sync server: `npm run server -- <command>`.
 *
 *   user add <username> --role <role> --scope <orgPath> [--name <display name>] --password-stdin
 *            [--responder <id or name>]   (role department: the responding unit it speaks for)
 *   user set <username> [--role <role>] [--scope <orgPath>] [--responder <id or name>] [--name <display name>]
 *                                (same rules as add; ends the user's sessions)
 *   user list                    (warns of department accounts whose unit is gone)
 *   user disable <username>      user enable <username>
 *   user password <username> --password-stdin      (password reset; ends the user's sessions)
 *   purge [--days N]             forget tombstones older than N days
 *
 * Passwords are read from standard input only, so they never sit in shell history or in the
 * process list. Storage as for the server: DATABASE_URL, or embedded in DATA_DIR.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROLES, type Role } from '@shared/auth/roles';
import { describeStorage, ExpectedError, readConfig } from './config';
import { openStorage } from './db/open';
import type { Database } from './db/database';
import {
  addUser,
  boundUnits,
  listUsers,
  resetPassword,
  setDisabled,
  unboundProblem,
  updateUser,
  UserInputError,
  type UserRow,
} from './auth/users';
import { purgeTombstones } from './sync/retention';
import { IMPORT_USAGE, runImportCli } from './import/command';

export const USAGE = `用法 / usage: npm run server -- <command>
  user add <用户名> --role <${ROLES.join('|')}> --scope <区划路径，全市为 ""> [--name <显示名>] --password-stdin
           [--responder <报到单位编号或名称>]（department 部门账号必填 / required for department）
  user set <用户名> [--role <角色>] [--scope <区划路径>] [--responder <报到单位编号或名称>] [--name <显示名>]
           （修改角色、范围或报到单位，规则同 add，其登录随之失效 / change role, scope or unit; ends its sessions）
  user list
  user disable <用户名>
  user enable <用户名>
  user password <用户名> --password-stdin
  purge [--days <天数>]
${IMPORT_USAGE}`;

interface Parsed {
  positional: string[];
  flags: Map<string, string | true>;
}

export function parseArgs(argv: readonly string[]): Parsed {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  const valued = new Set(['--role', '--scope', '--name', '--days', '--responder']);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (valued.has(arg)) {
      const value = argv[i + 1];
      if (value === undefined)
        throw new ExpectedError(`${arg} 需要一个值。（${arg} needs a value.）\n${USAGE}`);
      flags.set(arg, value);
      i++;
    } else if (arg.startsWith('--')) flags.set(arg, true);
    else positional.push(arg);
  }
  return { positional, flags };
}

/** The password given on standard input: all of it, without the final line break. */
export async function readPasswordFromStdin(stdin: NodeJS.ReadableStream = process.stdin): Promise<string> {
  if ((stdin as NodeJS.ReadStream).isTTY) {
    throw new ExpectedError(
      '请通过标准输入提供密码，例如： read -rs PW && printf %s "$PW" | npm run server -- …（Give the password on standard input.）',
    );
  }
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

function needPasswordFlag(flags: Parsed['flags']): void {
  if (!flags.has('--password-stdin')) {
    throw new ExpectedError(
      '密码只从标准输入读取：请加上 --password-stdin。（Passwords are read from standard input only: add --password-stdin.）',
    );
  }
}

const describeUser = (user: UserRow) =>
  `${user.username}（${user.role}，范围 ${user.scope || '全市'}${user.responderId ? `，报到单位 ${user.displayName}（${user.responderId}）` : ''}）`;

/**
 * One line per account, tab-separated, the unit by id and name; a department account whose unit
 * was deleted (or left its scope) is marked and explained below the table, since it signs in to nothing.
 */
async function listing(db: Database): Promise<string> {
  const users = await listUsers(db);
  if (users.length === 0) return '还没有用户。（No users yet.）';
  const units = await boundUnits(
    db,
    users.flatMap((u) => (u.responderId ? [u.responderId] : [])),
  );
  const warnings: string[] = [];
  const lines = users.map((u) => {
    const unit = u.responderId ? units.get(u.responderId) : undefined;
    const problem = unboundProblem(u, unit);
    if (problem && !u.disabled) warnings.push(`! ${u.username}: ${problem}`);
    return [
      u.username,
      u.displayName,
      u.role,
      u.scope || '(全市)',
      ...(u.responderId ? [`responder ${u.responderId}${unit?.name ? ` ${unit.name}` : ''}`] : []),
      ...(problem ? ['! 报到单位失效 unit gone'] : []),
      u.disabled ? '已停用 disabled' : '启用 active',
    ].join('\t');
  });
  return [...lines, ...(warnings.length > 0 ? ['', ...warnings] : [])].join('\n');
}

/** Runs one command; returns what to print. */
export async function runCommand(
  db: Database,
  argv: readonly string[],
  readPassword: () => Promise<string> = () => readPasswordFromStdin(),
): Promise<string> {
  const { positional, flags } = parseArgs(argv);
  const [group, action, name] = positional;
  try {
    if (group === 'user' && action === 'add' && name) {
      const role = flags.get('--role');
      const scope = flags.get('--scope');
      if (typeof role !== 'string' || typeof scope !== 'string') throw new ExpectedError(USAGE);
      needPasswordFlag(flags);
      const displayName = flags.get('--name');
      const responder = flags.get('--responder');
      const user = await addUser(db, {
        username: name,
        displayName: typeof displayName === 'string' ? displayName : undefined,
        role: role as Role,
        scope,
        password: await readPassword(),
        ...(typeof responder === 'string' ? { responder } : {}),
      });
      return `已创建用户 ${describeUser(user)}。（User created.）`;
    }
    if (group === 'user' && action === 'set' && name) {
      const text = (flag: string) => {
        const value = flags.get(flag);
        return typeof value === 'string' ? value : undefined;
      };
      const user = await updateUser(db, name, {
        role: text('--role'),
        scope: text('--scope'),
        responder: text('--responder'),
        displayName: text('--name'),
      });
      return `已修改用户 ${describeUser(user)}，其登录已失效。（User updated; its sessions ended.）`;
    }
    if (group === 'user' && action === 'list') return await listing(db);
    if (group === 'user' && (action === 'disable' || action === 'enable') && name) {
      const user = await setDisabled(db, name, action === 'disable');
      return user.disabled
        ? `已停用 ${user.username}，其登录已失效。（Disabled; its sessions ended.）`
        : `已启用 ${user.username}。（Enabled.）`;
    }
    if (group === 'user' && action === 'password' && name) {
      needPasswordFlag(flags);
      const user = await resetPassword(db, name, await readPassword());
      return `已重设 ${user.username} 的密码，其登录已失效。（Password reset; its sessions ended.）`;
    }
    if (group === 'purge') {
      const days = flags.get('--days');
      const { purged } = await purgeTombstones(db, typeof days === 'string' ? Number(days) : undefined);
      return `已清理 ${purged} 条过期的删除记录。（Purged ${purged} old tombstones.）`;
    }
  } catch (error) {
    if (error instanceof UserInputError) throw new ExpectedError(error.message);
    throw error;
  }
  throw new ExpectedError(USAGE);
}

/** CLI output goes to standard output; errors to standard error. */
const say = (text: string) => process.stdout.write(`${text}\n`);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  (async () => {
    const argv = process.argv.slice(2);
    if (argv.length === 0 || argv.includes('--help')) {
      say(USAGE);
      return;
    }
    const config = readConfig();
    if (argv[0] === 'import') {
      process.exitCode = await runImportCli(argv.slice(1), () => openStorage(config));
      return;
    }
    const db = await openStorage(config);
    try {
      say(await runCommand(db, argv));
      say(`（${describeStorage(config)}）`);
    } finally {
      await db.close();
    }
  })().catch((error: unknown) => {
    console.error(error instanceof ExpectedError ? error.message : error);
    process.exit(1);
  });
}
