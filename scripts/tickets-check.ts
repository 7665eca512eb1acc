/**
 * Checks a 12345 dispatch export against a places workbook, without a database:
 *
 *   npm run tickets:check -- <tickets file> --places <places file> [--json] [--today YYYY-MM-DD] [--lang zh|en]
 *
 * Prints the import report (as import:check) plus
 *   "matches": [{"row", "placeCode": string|null, "confidence", "candidates": [codes]}]
 * where placeCode is set only where the app would link the ticket on its own. A file that
 * cannot be read prints {"error":{"code","message"}} and exits 1; bad arguments exit 2.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { MAX_FILE_BYTES } from '../shared/desktop-api';
import { ExcelFileError } from '../shared/excel/errors';
import type { MessageLanguage } from '../shared/messages';
import { checkTickets } from '../shared/tickets/check';

const USAGE =
  '用法 (usage): npm run tickets:check -- <工单文件> --places <楼门院文件> [--json] [--today YYYY-MM-DD] [--lang zh|en]';

class UsageError extends Error {}

function parseArgs(argv: readonly string[]) {
  let tickets: string | undefined;
  let places: string | undefined;
  let json = false;
  let language: MessageLanguage = 'zh';
  const now = new Date();
  let today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    if (arg === '--json') json = true;
    else if (arg === '--places') places = value();
    else if (arg === '--today') today = value();
    else if (arg === '--lang') {
      const lang = value();
      if (lang !== 'zh' && lang !== 'en') throw new UsageError('--lang is zh or en');
      language = lang;
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else if (tickets === undefined) tickets = arg;
    else throw new UsageError('give one tickets file');
  }
  if (!tickets || !places) throw new UsageError('give a tickets file and --places');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new UsageError('--today is YYYY-MM-DD');
  return { tickets, places, json, language, today };
}

function readFile(file: string): Uint8Array {
  // Refused before reading: a 2 GB file must not be loaded to be told it is too large.
  const size = statSync(file).size;
  if (size > MAX_FILE_BYTES) {
    throw new ExcelFileError('tooLarge', {
      size: Math.ceil(size / 1024 / 1024),
      limit: MAX_FILE_BYTES / 1024 / 1024,
    });
  }
  return new Uint8Array(readFileSync(file));
}

async function main(): Promise<number> {
  let options: ReturnType<typeof parseArgs>;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const print = (body: unknown, text: string) =>
    options.json ? console.log(JSON.stringify(body, null, 2)) : console.log(text);
  try {
    const report = await checkTickets(
      { bytes: readFile(options.tickets), fileName: path.basename(options.tickets) },
      { bytes: readFile(options.places), fileName: path.basename(options.places) },
      { today: options.today, language: options.language },
    );
    const linked = report.matches.filter((m) => m.placeCode).length;
    print(
      report,
      `${report.file}：共 ${report.rows} 行，可导入 ${report.accepted}，不能导入 ${report.rejected.length}；定位到楼门院 ${linked}，待人工选择 ${report.matches.length - linked}`,
    );
    return 0;
  } catch (error) {
    if (error instanceof ExcelFileError) {
      const body = error.toJSON(options.language);
      print(body, body.error.message);
      return 1;
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code) {
      const body = { error: { code: 'unreadable', message: `无法读取文件（${code}）` } };
      print(body, body.error.message);
      return 1;
    }
    throw error;
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
