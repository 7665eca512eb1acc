import { useEffect, useState } from 'react';
import { Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EntityName } from '@shared/excel/entity';
import { ImportButton } from './ImportButton';
import { TemplateButton } from './TemplateButton';
import { useWelcomeHold } from '../../common/welcome-hold';

/** What a new street office usually starts from: its communities, then buildings and people. */
const FIRST_IMPORTS: readonly EntityName[] = [
  'orgUnits',
  'places',
  'servicePoints',
  'communityWorkers',
  'coordinators',
];

/** The welcome card's 从 Excel 导入: pick what the sheet holds, then the same wizard as everywhere. */
export function WelcomeImport() {
  const { t } = useTranslation();
  const [entity, setEntity] = useState<EntityName>('orgUnits');
  const setHeld = useWelcomeHold((s) => s.setHeld);
  // The wizard goes with this card; so does the hold.
  useEffect(() => () => setHeld(false), [setHeld]);
  return (
    <Space wrap data-testid="welcome-import">
      <Select<EntityName>
        value={entity}
        onChange={setEntity}
        aria-label={t('excel.welcomePick')}
        style={{ minWidth: 180 }}
        options={FIRST_IMPORTS.map((e) => ({ value: e, label: t(`excel.entities.${e}`) }))}
      />
      <ImportButton entity={entity} type="primary" onOpenChange={setHeld} />
      <TemplateButton entity={entity} />
    </Space>
  );
}
