import type { TFunction } from 'i18next';
import type { LocalizedReport } from '@shared/reports/render';
import { reportSheets, reportWordDocument } from '@shared/reports/render';
import { wordDocumentBytes } from '../../../common/word';
import { writeWorkbook } from '@shared/excel/xlsx-writer';
import { desktop } from '../../../platform';
import { safeFileName } from '@shared/desktop-api-schemas';

/** The report as .docx or .xlsx, saved where the user says (downloaded in a browser). */
export async function saveReport(
  report: LocalizedReport,
  format: 'docx' | 'xlsx',
  t: TFunction,
): Promise<boolean> {
  const data =
    format === 'docx'
      ? await wordDocumentBytes(
          reportWordDocument(report, [t('dashboard.report.figure'), t('dashboard.report.value')]),
        )
      : await writeWorkbook(
          reportSheets(report, {
            name: t('dashboard.report.summary'),
            columns: [
              t('dashboard.report.section'),
              t('dashboard.report.figure'),
              t('dashboard.report.value'),
            ],
          }),
        );
  const saved = await desktop.saveFile({
    suggestedName: safeFileName(report.title, format),
    data,
    filters: [
      format === 'docx' ? { name: 'Word', extensions: ['docx'] } : { name: 'Excel', extensions: ['xlsx'] },
    ],
  });
  return saved.saved;
}
