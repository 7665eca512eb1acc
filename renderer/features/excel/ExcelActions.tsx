import { useState } from 'react';
import { App, Button, Drawer, Dropdown, Space } from 'antd';
import { DownOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { EntityName, RowValues } from '@shared/excel/entity';
import { DEFAULT_DB_NAME } from '../../db/database';
import { ImportButton } from './ImportButton';
import { ExportButton } from './ExportButton';
import { downloadTemplate } from './TemplateButton';
import { BatchHistory } from './BatchHistory';
import './excel.css';

interface Props {
  entity: EntityName;
  /** The view's ids in display order; without them there is no 导出 (the screen has no list). */
  ids?: readonly string[] | (() => Promise<readonly string[]>);
  /** Values the screen fixes for every imported row (the list edition being edited). */
  fixed?: RowValues;
  /** False hides 导入 (a published list edition is read-only). */
  canImport?: boolean;
  dbName?: string;
}

/**
 * What a list toolbar mounts for Excel: 导入, 导出 of the current view, and under 更多 the
 * template and the imports made so far (each undoable). One line in the screen.
 */
export function ExcelActions({ entity, ids, fixed, canImport = true, dbName = DEFAULT_DB_NAME }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [history, setHistory] = useState(false);
  return (
    <Space size={8} className="excel-actions">
      {canImport && <ImportButton entity={entity} fixed={fixed} />}
      {ids !== undefined && <ExportButton entity={entity} ids={ids} dbName={dbName} />}
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            { key: 'template', label: t('excel.template') },
            { key: 'history', label: t('excel.batches.title') },
          ],
          onClick: ({ key }) => {
            if (key === 'template') void downloadTemplate(entity, dbName, t, message);
            else setHistory(true);
          },
        }}
      >
        <Button aria-label={t('excel.more')}>
          Excel <DownOutlined />
        </Button>
      </Dropdown>
      {history && (
        <Drawer
          open
          size="large"
          title={`${t('excel.batches.title')} · ${t(`excel.entities.${entity}`)}`}
          onClose={() => setHistory(false)}
        >
          <BatchHistory entity={entity} />
        </Drawer>
      )}
    </Space>
  );
}
