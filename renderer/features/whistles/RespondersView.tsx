import { useMemo, useState } from 'react';
import { Button, Form, Input, Select, Space, Table } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { canWriteTable } from '@shared/auth/roles';
import { RESPONDER_KINDS, type Responder, type ResponderKind } from '@shared/model/whistle';
import { db } from '../../db';
import { useUiStore } from '../../app/ui-store';
import { useSession } from '../../app/session';
import { FormModal } from '../../app/components/FormModal';
import { DeleteButton } from '../../app/components/DeleteButton';
import { useResponders } from './use-whistles';
import { deleteResponder, saveResponder } from './whistles-repository';

interface Values {
  name: string;
  kind: ResponderKind;
  contact?: string;
}

function ResponderForm({ row, scope, onClose }: { row?: Responder; scope: string; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const user = useSession((s) => s.user);
  return (
    <FormModal<Values>
      title={row ? t('whistles.responders.edit') : t('whistles.responders.add')}
      form={form}
      initialValues={row ?? { kind: 'department' }}
      onClose={onClose}
      onSubmit={async (v) => {
        await saveResponder(db, { ...v, orgPath: row?.orgPath ?? scope }, user, row?.id);
      }}
    >
      <Form.Item
        name="name"
        label={t('whistles.responders.name')}
        rules={[{ required: true, whitespace: true, message: t('errors.whistles.nameRequired') }]}
      >
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item name="kind" label={t('whistles.responders.kind')}>
        <Select options={RESPONDER_KINDS.map((k) => ({ value: k, label: t(`whistles.kind.${k}`) }))} />
      </Form.Item>
      <Form.Item name="contact" label={t('whistles.responders.contact')}>
        <Input maxLength={100} />
      </Form.Item>
    </FormModal>
  );
}

/** The units a street can summon, each with the channel that reaches it and how often it was called. */
export function RespondersView() {
  const { t } = useTranslation();
  const scope = useUiStore((s) => s.scope);
  const user = useSession((s) => s.user);
  const responders = useResponders(scope);
  const [editing, setEditing] = useState<{ row?: Responder } | null>(null);
  const calls = useLiveQuery(() => db.whistleCalls.toArray(), []);
  const summoned = useMemo(() => {
    const counts = new Map<string, number>();
    for (const c of calls ?? [])
      if (!c.deleted) counts.set(c.responderId, (counts.get(c.responderId) ?? 0) + 1);
    return counts;
  }, [calls]);
  const writable = canWriteTable(user.role, 'responders');
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {writable && (
        <Button icon={<PlusOutlined />} onClick={() => setEditing({})}>
          {t('whistles.responders.add')}
        </Button>
      )}
      <Table<Responder>
        size="small"
        rowKey="id"
        pagination={false}
        loading={responders === undefined}
        dataSource={responders}
        onRow={(row) => ({ onClick: () => writable && setEditing({ row }) })}
        columns={[
          { key: 'name', title: t('whistles.responders.name'), dataIndex: 'name' },
          {
            key: 'kind',
            title: t('whistles.responders.kind'),
            render: (_, r) => t(`whistles.kind.${r.kind}`),
          },
          { key: 'contact', title: t('whistles.responders.contact'), render: (_, r) => r.contact ?? '' },
          {
            key: 'summoned',
            title: t('whistles.responders.summoned'),
            align: 'right',
            render: (_, r) => (summoned.get(r.id) ?? 0).toLocaleString(),
          },
          {
            key: 'delete',
            title: '',
            render: (_, r) =>
              writable && (
                <DeleteButton
                  inRow
                  confirm={t('common.deleteConfirm', { name: r.name })}
                  onDelete={() => deleteResponder(db, user, r.id)}
                />
              ),
          },
        ]}
      />
      {editing && <ResponderForm row={editing.row} scope={scope} onClose={() => setEditing(null)} />}
    </Space>
  );
}
