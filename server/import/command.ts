import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { MAX_FILE_BYTES } from '@shared/desktop-api';
import { ENTITY_NAMES, isEntityName } from '@shared/excel/entity';
import { ExcelFileError } from '@shared/excel/errors';
import type { MessageLanguage } from '@shared/messages';
import type { Database } from '../db/database';
import { importIntoServer } from './import';

/**
 * `npm run server -- import <entity> <file> --scope <orgPath> [--dry-run] [--json]
 *  [--sheet <name>] [--lang zh|en] [--today YYYY-MM-DD]`
 *
 * Prints the import report of issue 5 (JSON with --json, exactly as `npm run import:check`);
 * a file that cannot be read prints {"error":{"code","message"}}; exit 0 when the report was
 * made, 1 when the file could not be imported at all, 2 for bad arguments. The file is read
 * and checked before the database is opened.
 */

export const IMPORT_USAGE = `  import <entity> <文件> --scope <区划路径，全市为 ""> [--dry-run] [--json] [--sheet <工作表>] [--lang zh|en]
    entity: ${ENTITY_NAMES.join(', ')}`;

interface Output {
  out(text: string): void;
  err(text: string): void;
}

const STDIO: Output = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Runs the import command (argv after `import`); returns the exit code. */
export async function runImportCli(
  argv: readonly string[],
  open: () => Promise<Database>,
  io: Output = STDIO,
): Promise<number> {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  const valued = new Set(['--scope', '--sheet', '--lang', '--today']);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (valued.has(arg)) {
      const value = argv[++i];
      if (value === undefined) {
        io.err(`${arg} 需要一个值。（${arg} needs a value.）\n${IMPORT_USAGE}`);
        return 2;
      }
      flags.set(arg, value);
    } else if (arg === '--dry-run' || arg === '--json') flags.set(arg, true);
    else if (arg.startsWith('--')) {
      io.err(`未知选项 ${arg}。（Unknown option.）\n${IMPORT_USAGE}`);
      return 2;
    } else positional.push(arg);
  }
  const scope = flags.get('--scope');
  const lang = flags.get('--lang') ?? 'zh';
  const today = flags.get('--today') ?? localToday();
  if (
    positional.length !== 2 ||
    typeof scope !== 'string' ||
    (lang !== 'zh' && lang !== 'en') ||
    typeof today !== 'string' ||
    !/^\d{4}-\d{2}-\d{2}$/.test(today)
  ) {
    io.err(`请给出内容、文件和 --scope。（Give an entity, a file and --scope.）\n${IMPORT_USAGE}`);
    return 2;
  }
  const language: MessageLanguage = lang;
  const json = flags.has('--json');
  const [entity, file] = positional as [string, string];
  const fail = (error: { error: { code: string; message: string } }) => {
    if (json) io.out(JSON.stringify(error));
    else io.err(error.error.message);
    return 1;
  };
  if (!isEntityName(entity)) {
    return fail(
      new ExcelFileError('unknownEntity', { entity, entities: ENTITY_NAMES.join(', ') }).toJSON(language),
    );
  }
  let bytes: Uint8Array;
  try {
    const size = statSync(file).size;
    if (size > MAX_FILE_BYTES) {
      return fail(
        new ExcelFileError('tooLarge', {
          size: Math.ceil(size / 1024 / 1024),
          limit: MAX_FILE_BYTES / 1024 / 1024,
        }).toJSON(language),
      );
    }
    bytes = new Uint8Array(readFileSync(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    return fail({
      error: {
        code: 'unreadable',
        message:
          language === 'zh' ? `无法读取文件 ${file}（${code}）` : `Cannot read the file ${file} (${code})`,
      },
    });
  }
  const db = await open();
  try {
    const result = await importIntoServer(db, entity, bytes, {
      fileName: path.basename(file),
      scope,
      dryRun: flags.has('--dry-run'),
      today,
      sheet: typeof flags.get('--sheet') === 'string' ? (flags.get('--sheet') as string) : undefined,
      language,
    });
    const { report, counts } = result;
    if (json) {
      io.out(JSON.stringify(report, null, 2));
      return 0;
    }
    const zh = language === 'zh';
    io.out(
      `${report.file} · ${report.sheet} · ${zh ? '表头第' : 'header row'} ${report.headerRow}${zh ? ' 行' : ''}`,
    );
    io.out(
      zh
        ? `共 ${report.rows} 行：新增 ${counts.new}，更新 ${counts.updated}，无变化 ${counts.unchanged}，不能导入 ${report.rejected.length}，跳过 ${counts.skipped}`
        : `${report.rows} rows: ${counts.new} new, ${counts.updated} updated, ${counts.unchanged} unchanged, ${report.rejected.length} rejected, ${counts.skipped} skipped`,
    );
    for (const r of report.rejected.slice(0, 100))
      io.out(`  ${zh ? `第 ${r.row} 行` : `row ${r.row}`}：${r.reasons.join('；')}`);
    if (report.rejected.length > 100)
      io.out(zh ? `  ……另有 ${report.rejected.length - 100} 行` : `  … ${report.rejected.length - 100} more`);
    for (const w of report.warnings.slice(0, 50))
      io.out(`  ${zh ? `提示 第 ${w.row} 行` : `note, row ${w.row}`}：${w.message}`);
    io.out(
      flags.has('--dry-run')
        ? zh
          ? '试导入：未写入任何数据。'
          : 'Dry run: nothing written.'
        : result.written
          ? zh
            ? `已写入服务器（导入编号 ${result.clientId}）。`
            : `Written to the server (import ${result.clientId}).`
          : zh
            ? '未写入任何数据。'
            : 'Nothing written.',
    );
    return 0;
  } catch (error) {
    if (error instanceof ExcelFileError) return fail(error.toJSON(language));
    throw error;
  } finally {
    await db.close();
  }
}
