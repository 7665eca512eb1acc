import { App, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { ListEdition, ListKind } from '@shared/model/lists';
import { suggestEditionName } from '@shared/lists/editions';
import { FormModal } from '../../app/components/FormModal';
import { createEdition, saveEditionFields } from './lists-repository';
import { fromDay, toDay } from '../../common/dates';

interface Values {
  baseId?: string;
  name: string;
  effectiveFrom?: Dayjs;
  effectiveTo?: Dayjs;
}

/** A new draft edition (a copy of another, or empty), or the name and dates of a draft. */
export function EditionForm({
  kind,
  editions,
  edition,
  baseId,
  onClose,
  onCreated,
}: {
  kind: ListKind;
  editions: ListEdition[];
  /** The draft to edit; absent for a new edition. */
  edition?: ListEdition;
  /** The edition a new one copies by default: the one on screen. */
  baseId?: string;
  onClose(): void;
  onCreated(edition: ListEdition): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const initial: Partial<Values> = edition
    ? {
        name: edition.name,
        effectiveFrom: fromDay(edition.effectiveFrom),
        effectiveTo: fromDay(edition.effectiveTo),
      }
    : {
        baseId,
        name: suggestEditionName(
          new Date().getFullYear() + 1,
          editions.map((e) => e.name),
        ),
      };
  return (
    <FormModal<Values>
      form={form}
      initialValues={initial}
      title={
        edition
          ? t('lists.edition.editTitle', { name: edition.name })
          : t('lists.edition.newTitle', { list: t(`lists.kind.${kind}`) })
      }
      onClose={onClose}
      onSubmit={async (v) => {
        const fields = {
          name: v.name ?? '',
          effectiveFrom: toDay(v.effectiveFrom),
          effectiveTo: toDay(v.effectiveTo),
        };
        if (edition) {
          await saveEditionFields(edition.id, fields);
          void message.success(t('lists.edition.saved'));
          return;
        }
        const created = await createEdition(kind, fields, v.baseId);
        void message.success(
          t('lists.edition.created', { name: created.edition.name, count: created.copied }),
        );
        onCreated(created.edition);
      }}
    >
      {!edition && (
        <Form.Item name="baseId" label={t('lists.edition.base')}>
          <Select
            allowClear
            placeholder={t('lists.edition.baseNone')}
            options={editions.map((e) => ({
              value: e.id,
              label: t('common.withNote', { text: e.name, note: t(`lists.status.${e.status}`) }),
            }))}
          />
        </Form.Item>
      )}
      <Form.Item
        name="name"
        label={t('lists.edition.name')}
        rules={[{ required: true, whitespace: true, message: t('errors.lists.edition.nameRequired') }]}
      >
        <Input maxLength={40} placeholder={t('lists.edition.namePlaceholder')} />
      </Form.Item>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="effectiveFrom" label={t('lists.edition.effectiveFrom')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="effectiveTo" label={t('lists.edition.effectiveTo')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
