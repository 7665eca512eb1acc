import { App, Alert, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AccessAction } from '@shared/access/workflow';
import { FormModal } from '../../../app/components/FormModal';
import { InputError } from '../../../app/input-error';
import { useSession } from '../../../app/session';
import { actOnRequest, MissingFieldsError } from '../access-repository';

/** One workflow step with its reason: who and when are the session's and the clock's. */
export function ActionForm({
  requestId,
  action,
  failedChecks,
  onClose,
}: {
  requestId: string;
  action: AccessAction;
  failedChecks: number;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const user = useSession((s) => s.user);
  const [form] = Form.useForm<{ reason?: string }>();
  const label = t(`access.action.${action}`);
  return (
    <FormModal<{ reason?: string }>
      form={form}
      title={label}
      onClose={onClose}
      onSubmit={async (v) => {
        try {
          await actOnRequest(
            requestId,
            action,
            { at: new Date().toISOString(), by: user.displayName, byId: user.id },
            v.reason,
            failedChecks,
          );
        } catch (error) {
          if (error instanceof MissingFieldsError) {
            const fields = error.fields
              .map((f) => t(`access.request.${f as 'basis'}`))
              .join(t('common.separator'));
            throw InputError.of('reason', 'access.action.incomplete', { fields });
          }
          throw error;
        }
        void message.success(t('access.action.done', { action: label }));
      }}
    >
      {action === 'admit' && failedChecks > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('access.action.overrideHint', { count: failedChecks })}
          style={{ marginBottom: 12 }}
        />
      )}
      <Form.Item
        name="reason"
        label={t('access.action.reason')}
        extra={t(`access.action.reasonHelp.${action}`)}
      >
        <Input.TextArea rows={3} maxLength={500} autoFocus />
      </Form.Item>
    </FormModal>
  );
}
