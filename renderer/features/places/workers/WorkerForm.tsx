import { App, Col, Form, Input, Row, Select } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { phoneRule } from '../../../common/form-rules';
import { WORKER_ROLES } from '@shared/model/place';
import type { WorkerInput } from '@shared/places/validate-support';
import { db } from '../../../db';
import { FormModal } from '../../../app/components/FormModal';
import { CommunitySelect } from '../../../common/scope/CommunitySelect';
import { useGrids } from '../../../common/scope/use-org';
import { saveWorker } from './workers-repository';
import { communityCodeOf, gridCodeOf } from '@shared/org/paths';

export function WorkerForm({ scope, id, onClose }: { scope: string; id?: string; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<WorkerInput>();
  const existing = useLiveQuery(() => (id ? db.communityWorkers.get(id) : undefined), [id]);
  const communityCode = Form.useWatch('communityCode', form);
  const grids = useGrids(communityCode);
  if (id && !existing) return null;
  const initial: Partial<WorkerInput> = existing
    ? { ...existing, communityCode: communityCodeOf(existing.orgPath) ?? '' }
    : { role: 'worker', communityCode: communityCodeOf(scope), gridCode: gridCodeOf(scope) };
  return (
    <FormModal<WorkerInput>
      form={form}
      initialValues={initial}
      title={
        existing
          ? t('places.workers.form.titleEdit', { name: existing.name })
          : t('places.workers.form.titleNew')
      }
      onClose={onClose}
      onSubmit={async (values) => {
        const saved = await saveWorker(values, id);
        void message.success(t('places.form.saved', { name: saved.name }));
      }}
    >
      <Form.Item
        name="communityCode"
        label={t('places.workers.form.community')}
        rules={[{ required: true, message: t('errors.place.communityRequired') }]}
      >
        <CommunitySelect scope={existing ? existing.orgPath : scope} disabled={!!existing} />
      </Form.Item>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item
            name="name"
            label={t('places.workers.columns.name')}
            rules={[{ required: true, whitespace: true, message: t('errors.worker.nameRequired') }]}
          >
            <Input maxLength={30} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="role"
            label={t('places.workers.columns.role')}
            rules={[{ required: true, message: t('errors.worker.roleRequired') }]}
          >
            <Select options={WORKER_ROLES.map((r) => ({ value: r, label: t(`places.workers.role.${r}`) }))} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="phone" label={t('places.workers.columns.phone')} rules={[phoneRule(t)]}>
            <Input inputMode="tel" maxLength={20} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="gridCode" label={t('places.workers.columns.grid')}>
            <Select allowClear options={(grids ?? []).map((g) => ({ value: g.code, label: g.name }))} />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
