import { useState, type ReactNode } from 'react';
import { App, Button, Popconfirm } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { RefusedError } from '../input-error';
import { translateDynamic } from '../i18n';
import { DeleteRefused, type DeletePlan } from '../../db/references';
import { cascadeText, refusalText } from '../references-text';

interface Props {
  /** The question asked before deleting, naming what goes. */
  confirm: string;
  onDelete(): Promise<void>;
  /** Said once it is done; default 已删除. */
  done?: string;
  /** Visible label; without it an icon button named `label` (default 删除) for screen readers. */
  children?: ReactNode;
  label?: string;
  /** In a table row: a small text button that does not open the row. */
  inRow?: boolean;
  /**
   * Plans the delete when the question opens, so it also says what goes with the record
   * (a member's activities): counted by the reference rule, not by the screen.
   */
  plan?(): Promise<Pick<DeletePlan, 'cascade'>>;
}

/**
 * Delete with a confirmation. A refusal from the repository (a role or scope that may not,
 * a record still in use) is said in the user's language; anything else is a bug and thrown.
 */
export function DeleteButton({ confirm, onDelete, done, children, label, inRow, plan }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [goesWith, setGoesWith] = useState('');
  const button = (
    <Popconfirm
      title={[confirm, goesWith].filter(Boolean).join(t('common.sentenceBreak'))}
      onOpenChange={(open) => {
        if (!open || !plan) return;
        setGoesWith('');
        void plan().then((planned) => setGoesWith(cascadeText(t, planned)));
      }}
      okText={t('common.delete')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      onConfirm={async () => {
        try {
          await onDelete();
          void message.success(done ?? t('common.deleted'));
        } catch (error) {
          if (error instanceof DeleteRefused) return void message.error(refusalText(t, error.blockers));
          if (!(error instanceof RefusedError)) throw error;
          void message.error(translateDynamic(error.key, error.values));
        }
      }}
    >
      <Button
        danger
        icon={<DeleteOutlined />}
        type={inRow ? 'text' : 'default'}
        size={inRow ? 'small' : 'middle'}
        aria-label={children ? undefined : (label ?? t('common.delete'))}
      >
        {children}
      </Button>
    </Popconfirm>
  );
  // React events bubble through portals: a click on the confirmation's buttons would reach
  // the row and open it, so the row sees none of them.
  return inRow ? <span onClick={(e) => e.stopPropagation()}>{button}</span> : button;
}
