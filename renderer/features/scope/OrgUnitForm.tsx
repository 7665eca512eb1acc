import { useEffect } from 'react';
import { App, Form, Input, InputNumber, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrgUnit } from '@shared/model/org';
import { CODE_LENGTH } from '@shared/org/codes';
import { FormModal } from '../../app/components/FormModal';
import { saveOrgUnit, suggestChildCode, type ChildLevel } from './org-repository';

export type OrgFormTarget =
  { mode: 'new'; parent: OrgUnit; level: ChildLevel } | { mode: 'edit'; unit: OrgUnit };

interface Values {
  level: ChildLevel;
  code: string;
  name: string;
  households?: number;
  residents?: number;
}

/** Creates a community, village or grid under the picked unit, or edits a user-made one. */
export function OrgUnitForm({
  target,
  onClose,
  onSaved,
}: {
  target: OrgFormTarget;
  onClose(): void;
  onSaved(u: OrgUnit): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const level =
    Form.useWatch('level', form) ??
    (target.mode === 'new' ? target.level : (target.unit.level as ChildLevel));
  const parentCode = target.mode === 'new' ? target.parent.code : target.unit.parentCode;

  // Suggest the next free code for the chosen kind (community 001–199, village 200–399).
  useEffect(() => {
    if (target.mode !== 'new') return;
    let live = true;
    void suggestChildCode(parentCode, level).then((code) => {
      if (live && !form.isFieldTouched('code')) form.setFieldValue('code', code);
    });
    return () => {
      live = false;
    };
  }, [form, level, parentCode, target.mode]);

  const initialValues: Partial<Values> =
    target.mode === 'new'
      ? { level: target.level }
      : {
          level: target.unit.level as ChildLevel,
          code: target.unit.code,
          name: target.unit.name,
          households: target.unit.households,
          residents: target.unit.residents,
        };

  return (
    <FormModal<Values>
      form={form}
      initialValues={initialValues}
      title={
        target.mode === 'new'
          ? t('org.form.titleNew', { level: t(`org.level.${level}`) })
          : t('org.form.titleEdit', { name: target.unit.name })
      }
      onClose={onClose}
      onSubmit={async (values) => {
        const unit = await saveOrgUnit(
          { ...values, parentCode },
          target.mode === 'edit' ? target.unit : undefined,
        );
        void message.success(t('org.form.saved', { name: unit.name }));
        onSaved(unit);
      }}
    >
      {target.mode === 'new' && target.level !== 'grid' && (
        <Form.Item name="level" label={t('org.form.level')}>
          <Radio.Group
            options={[
              { value: 'community', label: t('org.level.community') },
              { value: 'village', label: t('org.level.village') },
            ]}
          />
        </Form.Item>
      )}
      {(target.mode === 'edit' || target.level === 'grid') && (
        <Form.Item name="level" hidden>
          <Input />
        </Form.Item>
      )}
      <Form.Item
        name="code"
        label={t('org.form.code')}
        extra={t('org.form.codeHelp', { length: CODE_LENGTH[level], parent: parentCode })}
        rules={[{ required: true, whitespace: true, message: t('errors.org.code.required') }]}
      >
        <Input inputMode="numeric" maxLength={CODE_LENGTH[level]} disabled={target.mode === 'edit'} />
      </Form.Item>
      <Form.Item
        name="name"
        label={t('org.form.name')}
        rules={[{ required: true, whitespace: true, message: t('org.errors.nameRequired') }]}
      >
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item name="households" label={t('org.form.households')}>
        <InputNumber min={0} max={100000} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="residents" label={t('org.form.residents')}>
        <InputNumber min={0} max={500000} precision={0} style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
