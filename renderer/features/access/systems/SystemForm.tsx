import { App, Button, Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { InfoSystem } from '@shared/model/lists';
import { SYSTEM_LEVELS, type InfoSystemInput } from '@shared/access/info-systems';
import { codeOfPath } from '@shared/org/codes';
import { useUiStore } from '../../../app/ui-store';
import { FormModal } from '../../../app/components/FormModal';
import { saveInfoSystem } from '../access-repository';
import { useStreetCommunities, useStreetsForScope } from '../use-access';

/** A system or form of the street's registry, and which of its communities fill it. */
export function SystemForm({ system, onClose }: { system?: InfoSystem; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<InfoSystemInput>();
  const scope = useUiStore((s) => s.scope);
  const streets = useStreetsForScope(system ? system.orgPath : scope);
  const streetCode = Form.useWatch('streetCode', form);
  const street = streets?.find((s) => s.code === streetCode);
  const communities = useStreetCommunities(street?.orgPath);
  if (!streets) return null;
  const initial: Partial<InfoSystemInput> = system
    ? { ...system, streetCode: codeOfPath(system.orgPath) }
    : { streetCode: streets.length === 1 ? streets[0]!.code : undefined, level: 'city', communityCodes: [] };
  return (
    <FormModal<InfoSystemInput>
      form={form}
      width={720}
      initialValues={initial}
      title={system ? t('access.systems.titleEdit', { name: system.name }) : t('access.systems.titleNew')}
      onClose={onClose}
      onSubmit={async (v) => {
        await saveInfoSystem({ ...v, communityCodes: v.communityCodes ?? [] }, system?.id);
        void message.success(t('access.systems.saved'));
      }}
    >
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item
            name="streetCode"
            label={t('access.systems.street')}
            rules={[{ required: true, message: t('errors.access.street') }]}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              disabled={!!system}
              options={streets.map((s) => ({ value: s.code, label: s.name }))}
              onChange={() => form.setFieldValue('communityCodes', [])}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="level"
            label={t('access.systems.level')}
            rules={[{ required: true, message: t('errors.access.system.level') }]}
          >
            <Select
              options={SYSTEM_LEVELS.map((l) => ({ value: l, label: t(`access.systems.levels.${l}`) }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="name"
        label={t('access.systems.name')}
        rules={[{ required: true, whitespace: true, message: t('errors.access.system.nameRequired') }]}
      >
        <Input maxLength={60} />
      </Form.Item>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item
            name="owner"
            label={t('access.systems.owner')}
            rules={[{ required: true, whitespace: true, message: t('errors.access.system.ownerRequired') }]}
          >
            <Input maxLength={40} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="frequency" label={t('access.systems.frequency')}>
            <Input maxLength={20} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t('access.systems.communities')}>
        <div className="inline-field">
          <Form.Item name="communityCodes" noStyle>
            <Select
              mode="multiple"
              allowClear
              aria-label={t('access.systems.communities')}
              showSearch={{ optionFilterProp: 'label' }}
              options={(communities ?? []).map((c) => ({ value: c.code, label: c.name }))}
            />
          </Form.Item>
          <Button
            disabled={!communities?.length}
            onClick={() =>
              form.setFieldValue(
                'communityCodes',
                (communities ?? []).map((c) => c.code),
              )
            }
          >
            {t('access.request.allCommunities')}
          </Button>
        </div>
      </Form.Item>
    </FormModal>
  );
}
