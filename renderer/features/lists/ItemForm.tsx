import { App, AutoComplete, Checkbox, Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ASSISTANCE_MODES, type ListEdition, type ListItem } from '@shared/model/lists';
import { ITEM_KINDS, nextItemCode, SUGGESTED_SECTIONS } from '@shared/lists/kinds';
import { sectionsOf } from '@shared/lists/search';
import type { ListItemInput } from '@shared/lists/validate-list';
import { FormModal } from '../../app/components/FormModal';
import { saveItem } from './lists-repository';

type Values = Omit<ListItemInput, 'kind'> & { kind?: ListItem['kind'] };

/** Adds or edits an item of a draft edition. */
export function ItemForm({
  edition,
  items,
  item,
  onClose,
}: {
  edition: ListEdition;
  items: ListItem[];
  item?: ListItem;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const kinds = ITEM_KINDS[edition.kind];
  const sections = [...new Set([...sectionsOf(items), ...SUGGESTED_SECTIONS[edition.kind]])];
  const initial: Partial<Values> = item
    ? { ...item }
    : {
        code: nextItemCode(
          edition.kind,
          items.map((i) => i.code),
        ),
        kind: kinds[0],
        assistanceModes: [],
      };

  return (
    <FormModal<Values>
      form={form}
      width={720}
      initialValues={initial}
      title={item ? t('lists.item.titleEdit', { code: item.code }) : t('lists.item.titleNew')}
      onClose={onClose}
      onSubmit={async (v) => {
        const saved = await saveItem(edition.id, { ...v, kind: v.kind ?? '', order: item?.order }, item?.id);
        void message.success(t('lists.item.saved', { code: saved.code }));
      }}
    >
      <Row gutter={12}>
        <Col span={6}>
          <Form.Item
            name="code"
            label={t('lists.item.code')}
            rules={[{ required: true, whitespace: true, message: t('errors.lists.item.codeRequired') }]}
          >
            <Input maxLength={24} className="mono" />
          </Form.Item>
        </Col>
        <Col span={9}>
          <Form.Item
            name="section"
            label={t('lists.item.section')}
            rules={[{ required: true, whitespace: true, message: t('errors.lists.item.sectionRequired') }]}
          >
            <AutoComplete options={sections.map((s) => ({ value: s }))} filterOption maxLength={30} />
          </Form.Item>
        </Col>
        <Col span={9}>
          <Form.Item
            name="kind"
            label={t('lists.item.kind')}
            rules={[{ required: true, message: t('errors.lists.item.kind') }]}
          >
            <Select options={kinds.map((k) => ({ value: k, label: t(`lists.itemKind.${k}`) }))} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="title"
        label={t('lists.item.title')}
        rules={[{ required: true, whitespace: true, message: t('errors.lists.item.titleRequired') }]}
      >
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={200} />
      </Form.Item>
      <Form.Item name="leadUnit" label={t('lists.item.leadUnit')} extra={t('lists.item.leadUnitHelp')}>
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item name="legalBasis" label={t('lists.item.legalBasis')}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} />
      </Form.Item>
      {kind === 'assist' && (
        <Form.Item
          name="assistanceModes"
          label={t('lists.item.modes')}
          rules={[{ required: true, type: 'array', min: 1, message: t('errors.lists.item.modesRequired') }]}
        >
          <Checkbox.Group
            options={ASSISTANCE_MODES.map((m) => ({ value: m, label: t(`lists.mode.${m}`) }))}
          />
        </Form.Item>
      )}
      <Form.Item name="notes" label={t('lists.item.notes')}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
