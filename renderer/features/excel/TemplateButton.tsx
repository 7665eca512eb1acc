import { App, Button } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { EntityName } from '@shared/excel/entity';
import { DEFAULT_DB_NAME } from '../../db/database';
import { desktop } from '../../platform';
import { useUiStore } from '../../app/ui-store';
import { isCancelled } from '@shared/cancel';
import { excelJob, failureMessage } from './excel-jobs';
import { withWorker } from './worker-client';

type MessageApi = ReturnType<typeof App.useApp>['message'];

/** Builds the entity's import template (headers, instructions, dropdowns for the current scope) and saves it. */
export async function downloadTemplate(
  entity: EntityName,
  dbName: string,
  t: TFunction,
  message: MessageApi,
): Promise<void> {
  const scope = useUiStore.getState().scope;
  try {
    const data = await excelJob(t('excel.jobs.template'), (options) =>
      withWorker('template', { dbName, entity, scope }, options),
    );
    await desktop.saveFile({
      suggestedName: t('excel.templateName', { entity: t(`excel.entities.${entity}`) }),
      data,
    });
  } catch (error) {
    if (!isCancelled(error)) void message.error(failureMessage(error));
  }
}

/** 下载模板 as a button (the wizard's first step and the 数据导入 page). */
export function TemplateButton({
  entity,
  dbName = DEFAULT_DB_NAME,
}: {
  entity: EntityName;
  dbName?: string;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return (
    <Button icon={<DownloadOutlined />} onClick={() => downloadTemplate(entity, dbName, t, message)}>
      {t('excel.template')}
    </Button>
  );
}
