/**
 * Checks an Excel file the way the app would import it, without a database:
 *
 *   npm run import:check -- <entity> <file> [--json] [--sheet <name>] [--scope <orgPath>]
 *                           [--today YYYY-MM-DD] [--lang zh|en] [--strict]
 *
 * Prints the import report (issue 5): with --json exactly
 *   {"file","sheet","headerRow","rows","accepted","rejected":[{"row","reasons":[]}],"warnings":[{"row","message"}]}
 * where `row` is the row number Excel shows. A file that cannot be read prints
 * {"error":{"code","message"}} and exits 1; bad arguments exit 2; --strict exits 3 when any
 * row is refused. Without the app's database, names of categories, list editions and
 * coordinators are read but not checked against reference data (a warning says so), and
 * every accepted row counts as new. The sync server's `npm run server -- import` runs the
 * same engine (shared/excel/import-workbook.ts) against its database.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { MAX_FILE_BYTES } from '../shared/desktop-api';
import { ENTITY_NAMES, isEntityName, type EntityName } from '../shared/excel/entity';
import { ExcelFileError } from '../shared/excel/errors';
import { importWorkbook } from '../shared/excel/import-workbook';
import type { MessageLanguage } from '../shared/messages';

interface Options {
  entity: string;
  file: string;
  json: boolean;
  strict: boolean;
  sheet?: string;
  scope: string;
  today: string;
  language: MessageLanguage;
}

class UsageError extends Error {}

const USAGE =
  '用法 (usage): npm run import:check -- <entity> <file> [--json] [--sheet 名称] [--scope orgPath] [--today YYYY-MM-DD] [--lang zh|en] [--strict]\n' +
  `entity: ${ENTITY_NAMES.join(', ')}`;

function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function parseArgs(argv: readonly string[]): Options {
  const positional: string[] = [];
  const options: Partial<Options> = {
    json: false,
    strict: false,
    scope: '',
    today: localToday(),
    language: 'zh',
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    if (arg === '--json') options.json = true;
    else if (arg === '--strict') options.strict = true;
    else if (arg === '--sheet') options.sheet = value();
    else if (arg === '--scope') options.scope = value();
    else if (arg === '--today') options.today = value();
    else if (arg === '--lang') {
      const lang = value();
      if (lang !== 'zh' && lang !== 'en') throw new UsageError('--lang is zh or en');
      options.language = lang;
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else positional.push(arg);
  }
  if (positional.length !== 2) throw new UsageError('give an entity and a file');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.today!)) throw new UsageError('--today is YYYY-MM-DD');
  return { ...options, entity: positional[0]!, file: positional[1]! } as Options;
}

/** Entities whose rows name reference data this check cannot see. */
const UNCHECKED: Partial<Record<EntityName, string>> = {
  coordinators: '协管员类别、指导部门',
  listItems: '清单版本',
  accessRequests: '对应清单事项编码',
  assignments: '协管员（是否在花名册中）',
  attendance: '协管员（是否在花名册中）',
};

async function main(): Promise<number> {
  let options: Options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const fail = (error: ExcelFileError) => {
    if (options.json) console.log(JSON.stringify(error.toJSON(options.language)));
    else console.error(error.toJSON(options.language).error.message);
    return 1;
  };
  if (!isEntityName(options.entity)) {
    return fail(
      new ExcelFileError('unknownEntity', { entity: options.entity, entities: ENTITY_NAMES.join(', ') }),
    );
  }
  let bytes: Uint8Array;
  try {
    // Refused before reading: a 2 GB file must not be loaded to be told it is too large.
    const size = statSync(options.file).size;
    if (size > MAX_FILE_BYTES) {
      return fail(
        new ExcelFileError('tooLarge', {
          size: Math.ceil(size / 1024 / 1024),
          limit: MAX_FILE_BYTES / 1024 / 1024,
        }),
      );
    }
    bytes = new Uint8Array(readFileSync(options.file));
  } catch (error) {
    const message = `无法读取文件 ${options.file}（${(error as NodeJS.ErrnoException).code ?? 'error'}）`;
    if (options.json) console.log(JSON.stringify({ error: { code: 'unreadable', message } }));
    else console.error(message);
    return 1;
  }
  try {
    const { report, summary } = await importWorkbook(options.entity, bytes, {
      fileName: path.basename(options.file),
      sheet: options.sheet,
      scope: options.scope,
      today: options.today,
      language: options.language,
    });
    const unchecked = UNCHECKED[options.entity];
    if (unchecked) {
      report.warnings.unshift({
        row: report.headerRow,
        message:
          options.language === 'zh'
            ? `未连接数据库，未核对：${unchecked}`
            : `No database: not checked against reference data (${unchecked})`,
      });
    }
    if (options.json) {
      console.log(JSON.stringify(report, null, 2));
    } else {
      console.log(`${report.file} · ${report.sheet} · 表头第 ${report.headerRow} 行`);
      console.log(
        `共 ${report.rows} 行：可导入 ${report.accepted}，不能导入 ${report.rejected.length}，跳过 ${summary.skipped}`,
      );
      for (const r of report.rejected.slice(0, 100)) console.log(`  第 ${r.row} 行：${r.reasons.join('；')}`);
      if (report.rejected.length > 100) console.log(`  ……另有 ${report.rejected.length - 100} 行`);
      for (const w of report.warnings.slice(0, 50)) console.log(`  提示 第 ${w.row} 行：${w.message}`);
    }
    return options.strict && report.rejected.length > 0 ? 3 : 0;
  } catch (error) {
    if (error instanceof ExcelFileError) return fail(error);
    throw error;
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  },
);
