import { App, Alert, DatePicker, Form, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { ListEdition } from '@shared/model/lists';
import { useSession } from '../../app/session';
import { FormModal } from '../../app/components/FormModal';
import { InputError, RefusedError } from '../../app/input-error';
import { publishEdition } from './lists-repository';
import { fromDay, toDay } from '../../common/dates';

/** Publishing a draft: from which day it is in force, and which edition it replaces. */
export function PublishForm({
  edition,
  editions,
  onClose,
}: {
  edition: ListEdition;
  editions: ListEdition[];
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const user = useSession((s) => s.user);
  const [form] = Form.useForm<{ effectiveFrom: Dayjs }>();
  const current = editions.find((e) => e.status === 'published' && e.id !== edition.id);
  return (
    <FormModal<{ effectiveFrom: Dayjs }>
      form={form}
      initialValues={{ effectiveFrom: fromDay(edition.effectiveFrom) ?? dayjs() }}
      title={t('lists.edition.publishTitle', { name: edition.name })}
      onClose={onClose}
      onSubmit={async (v) => {
        try {
          await publishEdition(edition.id, toDay(v.effectiveFrom)!, {
            at: new Date().toISOString(),
            by: user.displayName,
          });
        } catch (error) {
          // A refusal (an empty edition, a date after its end) belongs on the form, not in a toast.
          if (error instanceof RefusedError) throw InputError.of('effectiveFrom', error.key, error.values);
          throw error;
        }
        void message.success(t('lists.edition.published', { name: edition.name }));
      }}
    >
      <Typography.Paragraph>{t('lists.edition.publishBody')}</Typography.Paragraph>
      {current && (
        <Alert
          type="warning"
          showIcon
          title={t('lists.edition.publishReplaces', { name: current.name })}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form.Item
        name="effectiveFrom"
        label={t('lists.edition.effectiveFrom')}
        rules={[{ required: true, message: t('errors.lists.edition.effectiveRequired') }]}
      >
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
