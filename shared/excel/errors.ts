import { describeCode, type MessageLanguage } from '../messages';
import type { EXCEL_MESSAGES_ZH } from './messages';

/** Why a file cannot be imported at all (as opposed to a row that is rejected). */
export type FileErrorCode = keyof typeof EXCEL_MESSAGES_ZH.file;

/**
 * A file the engine refuses, before anything is written: the UI shows `errors.excel.file.<code>`,
 * the command line prints `{"error": {"code", "message"}}`. Never carries cell contents beyond
 * what the message names (a column label, a sheet name).
 */
export class ExcelFileError extends Error {
  constructor(
    readonly code: FileErrorCode,
    readonly values: Record<string, string | number> = {},
  ) {
    super(describeCode(`excel.file.${code}`, values));
    this.name = 'ExcelFileError';
  }

  /** The i18n key of the message: `errors.excel.file.<code>`. */
  get key(): string {
    return `errors.excel.file.${this.code}`;
  }

  toJSON(language: MessageLanguage = 'zh'): { error: { code: FileErrorCode; message: string } } {
    return {
      error: { code: this.code, message: describeCode(`excel.file.${this.code}`, this.values, language) },
    };
  }
}
