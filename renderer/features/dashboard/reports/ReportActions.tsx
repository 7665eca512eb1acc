import { useState } from 'react';
import { App, Button, Space } from 'antd';
import { FileExcelOutlined, FileWordOutlined, PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { LocalizedReport } from '@shared/reports/render';
import { saveReport } from './report-files';

/** 打印 · 导出 Word · 导出 Excel of the report on screen. */
export function ReportActions({ report }: { report: LocalizedReport | undefined }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<'docx' | 'xlsx'>();
  const save = async (format: 'docx' | 'xlsx') => {
    if (!report) return;
    setBusy(format);
    try {
      if (await saveReport(report, format, t)) void message.success(t('dashboard.report.saved'));
    } catch (error) {
      void message.error(t('dashboard.report.failed', { message: (error as Error).message }));
    } finally {
      setBusy(undefined);
    }
  };
  return (
    <Space className="report-actions" wrap>
      <Button icon={<PrinterOutlined />} disabled={!report} onClick={() => window.print()}>
        {t('dashboard.report.print')}
      </Button>
      <Button
        icon={<FileWordOutlined />}
        disabled={!report}
        loading={busy === 'docx'}
        onClick={() => void save('docx')}
      >
        {t('dashboard.report.word')}
      </Button>
      <Button
        icon={<FileExcelOutlined />}
        disabled={!report}
        loading={busy === 'xlsx'}
        onClick={() => void save('xlsx')}
      >
        {t('dashboard.report.excel')}
      </Button>
    </Space>
  );
}
