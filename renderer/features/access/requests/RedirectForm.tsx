import { App, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AccessRequest } from '@shared/model/lists';
import type { RedirectInput } from '@shared/access/workflow';
import { FormModal } from '../../../app/components/FormModal';
import { useSession } from '../../../app/session';
import { redirect } from '../access-repository';

/** Refused work handed to coordinators or a purchased service; the request keeps the link. */
export function RedirectForm({ request, onClose }: { request: AccessRequest; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const user = useSession((s) => s.user);
  const [form] = Form.useForm<RedirectInput>();
  return (
    <FormModal<RedirectInput>
      form={form}
      title={t('access.redirect.title')}
      initialValues={{
        kind: request.redirectedTo?.kind ?? 'coordinators',
        receiver: request.redirectedTo?.receiver,
        note: request.redirectedTo?.note,
      }}
      onClose={onClose}
      onSubmit={async (v) => {
        await redirect(request.id, v, { at: new Date().toISOString(), by: user.displayName, byId: user.id });
        void message.success(t('access.redirect.saved'));
      }}
    >
      <Form.Item name="kind" label={t('access.redirect.kind')}>
        <Radio.Group
          options={[
            { value: 'coordinators', label: t('access.redirect.coordinators') },
            { value: 'thirdParty', label: t('access.redirect.thirdParty') },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="receiver"
        label={t('access.redirect.receiver')}
        extra={t('access.redirect.receiverHelp')}
        rules={[{ required: true, whitespace: true, message: t('errors.access.redirect.receiverRequired') }]}
      >
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item name="note" label={t('access.redirect.note')}>
        <Input.TextArea rows={2} maxLength={300} />
      </Form.Item>
    </FormModal>
  );
}
