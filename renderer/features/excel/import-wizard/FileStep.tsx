import { Button, Space, Typography } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { EntityName } from '@shared/excel/entity';
import { TemplateButton } from '../TemplateButton';
import { useWizard, useWizardActions } from './wizard-context';

/** 选择文件: the file to import, and the template for someone who has none yet. */
export function FileStep({ entity, dbName }: { entity: EntityName; dbName: string }) {
  const { t } = useTranslation();
  const { busy } = useWizard((s) => ({ busy: s.busy }));
  const { pickFile } = useWizardActions();
  return (
    <Space direction="vertical" size={12} style={{ width: '100%', padding: '24px 0' }}>
      <Button type="primary" size="large" icon={<UploadOutlined />} onClick={pickFile} loading={busy}>
        {t('excel.file.pick')}
      </Button>
      <Typography.Text type="secondary">{t('excel.file.hint')}</Typography.Text>
      <Space>
        <Typography.Text type="secondary">{t('excel.file.templateHint')}</Typography.Text>
        <TemplateButton entity={entity} dbName={dbName} />
      </Space>
    </Space>
  );
}
