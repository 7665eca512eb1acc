import { useState } from 'react';
import { App, Button, Modal, Space, Table, Typography } from 'antd';
import { FileExcelOutlined, FileWordOutlined, PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { AssessmentRound, CommunityResult } from '@shared/model/assessment';
import { reportCard, type ReportCard } from '@shared/assessment/report-card';
import { isCancelled } from '@shared/cancel';
import { safeFileName } from '@shared/desktop-api-schemas';
import { desktop } from '../../platform';
import { PrintPortal } from '../../common/PrintPortal';
import { reportCardDocx, reportCardXlsx } from './report-files';

/** A community's report card: shown, printed, and saved as Excel or Word, all from reportCard(). */
export function ReportCardDialog({
  round,
  row,
  count,
  computedAt,
  onClose,
}: {
  round: AssessmentRound;
  row: CommunityResult;
  count: number;
  computedAt: string;
  onClose(): void;
}) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [printing, setPrinting] = useState(false);
  const card = reportCard(round, row, count, computedAt, i18n.language === 'en' ? 'en' : 'zh');
  const fileName = t('assessment.card.fileName', { community: row.name });

  const save = async (make: (c: ReportCard) => Promise<Uint8Array<ArrayBuffer>>, ext: 'xlsx' | 'docx') => {
    try {
      const saved = await desktop.saveFile({
        suggestedName: safeFileName(fileName, ext),
        data: await make(card),
        filters: [{ name: ext === 'xlsx' ? 'Excel' : 'Word', extensions: [ext] }],
      });
      if (saved.saved) void message.success(t('assessment.card.saved'));
    } catch (error) {
      if (!isCancelled(error)) void message.error(String(error instanceof Error ? error.message : error));
    }
  };

  const body = (
    <>
      <h1>{card.title}</h1>
      <div className="print-meta">{card.subtitle}</div>
      <table>
        <thead>
          <tr>
            {card.header.map((h) => (
              <th key={h}>{h}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {card.rows.map((r, i) => (
            <tr key={i}>
              {r.map((cell, j) => (
                <td key={j}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {card.summary.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </>
  );

  return (
    <Modal
      open
      width={860}
      title={card.title}
      onCancel={onClose}
      footer={
        <Space>
          <Button icon={<PrinterOutlined />} onClick={() => setPrinting(true)}>
            {t('assessment.card.print')}
          </Button>
          <Button icon={<FileExcelOutlined />} onClick={() => void save(reportCardXlsx, 'xlsx')}>
            {t('assessment.card.excel')}
          </Button>
          <Button icon={<FileWordOutlined />} onClick={() => void save(reportCardDocx, 'docx')}>
            {t('assessment.card.word')}
          </Button>
          <Button onClick={onClose}>{t('common.close')}</Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{card.subtitle}</Typography.Paragraph>
      <Table
        size="small"
        bordered
        pagination={false}
        rowKey={(r) => card.rows.indexOf(r)}
        dataSource={card.rows}
        columns={card.header.map((title, i) => ({
          key: i,
          title,
          render: (_: unknown, r: string[]) => r[i],
        }))}
      />
      {card.summary.map((line) => (
        <Typography.Paragraph key={line} style={{ marginTop: 8, marginBottom: 0 }} strong>
          {line}
        </Typography.Paragraph>
      ))}
      {printing && <PrintPortal onDone={() => setPrinting(false)}>{body}</PrintPortal>}
    </Modal>
  );
}
