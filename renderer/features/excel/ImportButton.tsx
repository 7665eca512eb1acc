import { useState, type ReactNode } from 'react';
import { Button } from 'antd';
import { ImportOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { EntityName, RowValues } from '@shared/excel/entity';
import { canWriteTable } from '@shared/auth/roles';
import { ENTITY_SPECS } from '@shared/excel/entities';
import { useSession } from '../../app/session';
import { ImportWizard } from './import-wizard/ImportWizard';

interface Props {
  entity: EntityName;
  /** Values the screen fixes for every row (the list edition being edited). */
  fixed?: RowValues;
  type?: 'default' | 'primary' | 'link';
  /** Label; default 导入. */
  children?: ReactNode;
  /** Told when the wizard opens and closes. */
  onOpenChange?(open: boolean): void;
}

/**
 * 导入: opens the import wizard for an entity. Any screen mounts it by entity name; users who
 * may not write the table do not see it.
 */
export function ImportButton({ entity, fixed, type = 'default', children, onOpenChange }: Props) {
  const { t } = useTranslation();
  const role = useSession((s) => s.user.role);
  const [open, setOpenState] = useState(false);
  const setOpen = (value: boolean) => {
    setOpenState(value);
    onOpenChange?.(value);
  };
  if (!canWriteTable(role, ENTITY_SPECS[entity].table)) return null;
  return (
    <>
      <Button type={type} icon={<ImportOutlined />} onClick={() => setOpen(true)}>
        {children ?? t('excel.import')}
      </Button>
      {open && <ImportWizard entity={entity} fixed={fixed} open onClose={() => setOpen(false)} />}
    </>
  );
}
