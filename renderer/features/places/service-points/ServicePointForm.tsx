import { App, Col, Form, Input, Row, Select } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { phoneRule } from '../../../common/form-rules';
import { SERVICE_POINT_KINDS, type ServicePoint } from '@shared/model/place';
import type { ServicePointInput } from '@shared/places/validate-support';
import { db } from '../../../db';
import { FormModal } from '../../../app/components/FormModal';
import { CommunitySelect } from '../../../common/scope/CommunitySelect';
import { saveServicePoint } from './service-points-repository';
import { communityCodeOf } from '@shared/org/paths';

export function ServicePointForm({ scope, id, onClose }: { scope: string; id?: string; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ServicePointInput>();
  const existing = useLiveQuery(() => (id ? db.servicePoints.get(id) : undefined), [id]);
  if (id && !existing) return null;
  const initial: Partial<ServicePointInput> = existing
    ? { ...existing, communityCode: communityCodeOf(existing.orgPath) ?? '' }
    : { kind: 'elderlyCare', communityCode: communityCodeOf(scope) };
  const required = (field: string) => ({
    required: true,
    whitespace: true,
    message: t('common.required', { field }),
  });
  return (
    <FormModal<ServicePointInput>
      form={form}
      initialValues={initial}
      title={
        existing
          ? t('places.servicePoints.form.titleEdit', { name: existing.name })
          : t('places.servicePoints.form.titleNew')
      }
      onClose={onClose}
      onSubmit={async (values) => {
        const saved: ServicePoint = await saveServicePoint(values, id);
        void message.success(t('places.form.saved', { name: saved.name }));
      }}
    >
      <Row gutter={12}>
        <Col span={10}>
          <Form.Item name="kind" label={t('places.servicePoints.columns.kind')} rules={[{ required: true }]}>
            <Select
              options={SERVICE_POINT_KINDS.map((k) => ({
                value: k,
                label: t(`places.servicePoints.kind.${k}`),
              }))}
            />
          </Form.Item>
        </Col>
        <Col span={14}>
          <Form.Item
            name="communityCode"
            label={t('places.servicePoints.form.community')}
            rules={[{ required: true, message: t('errors.place.communityRequired') }]}
          >
            <CommunitySelect scope={existing ? existing.orgPath : scope} disabled={!!existing} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="name"
        label={t('places.servicePoints.columns.name')}
        rules={[required(t('places.servicePoints.columns.name'))]}
      >
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item
        name="address"
        label={t('places.servicePoints.columns.address')}
        rules={[required(t('places.servicePoints.columns.address'))]}
      >
        <Input maxLength={120} />
      </Form.Item>
      <Row gutter={12}>
        <Col span={10}>
          <Form.Item name="contactName" label={t('places.servicePoints.columns.contact')}>
            <Input maxLength={30} />
          </Form.Item>
        </Col>
        <Col span={14}>
          <Form.Item
            name="phone"
            label={t('places.servicePoints.columns.phone')}
            rules={[phoneRule(t, 'any')]}
          >
            <Input inputMode="tel" maxLength={20} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="hours" label={t('places.servicePoints.columns.hours')}>
        <Input maxLength={60} placeholder="周一至周日 8:00–20:00" />
      </Form.Item>
    </FormModal>
  );
}
