import { Button, Radio, Space, Tag, Typography } from 'antd';
import { FileExcelOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useWizard, useWizardActions } from './wizard-context';

/** 选择工作表: shown when the workbook has more than one sheet with rows. */
export function SheetStep() {
  const { t } = useTranslation();
  const { sheets, sheet, busy } = useWizard((s) => ({ sheets: s.sheets, sheet: s.sheet, busy: s.busy }));
  const { chooseSheet, prepare, reset } = useWizardActions();
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Typography.Text>{t('excel.sheet.choose')}</Typography.Text>
      <Radio.Group value={sheet} onChange={(e) => chooseSheet(e.target.value as string)}>
        <Space direction="vertical">
          {sheets.map((s) => (
            <Radio key={s.name} value={s.name} disabled={s.rows === 0}>
              <FileExcelOutlined /> {s.name}{' '}
              <Typography.Text type="secondary">
                {s.rows === 0 ? t('excel.sheet.empty') : t('excel.sheet.rows', { count: s.rows })}
                {s.matched > 0 && ` · ${t('excel.sheet.matched', { count: s.matched })}`}
              </Typography.Text>{' '}
              {s.hidden && <Tag>{t('excel.sheet.hidden')}</Tag>}
            </Radio>
          ))}
        </Space>
      </Radio.Group>
      <Space>
        <Button onClick={reset}>{t('excel.columns.back')}</Button>
        <Button type="primary" disabled={!sheet} loading={busy} onClick={() => sheet && void prepare(sheet)}>
          {t('excel.sheet.next')}
        </Button>
      </Space>
    </Space>
  );
}
