import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Popconfirm, Select, Space, Table, Tag } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import {
  CATEGORY_COVERAGES,
  type CategoryCoverage,
  type CoordinatorCategory,
  type Department,
} from '@shared/model/coordinator';
import { canWriteTable } from '@shared/auth/roles';
import { db } from '../../db';
import { FormModal } from '../../app/components/FormModal';
import { RefusedError } from '../../app/input-error';
import { translateDynamic } from '../../app/i18n';
import { useSession } from '../../app/session';
import { useCategories, useDepartments } from './use-roster';
import {
  deleteCategory,
  deleteDepartment,
  referenceUse,
  saveCategory,
  saveDepartment,
  type CategoryInput,
} from './reference-repository';

type Editing =
  { table: 'category'; row?: CoordinatorCategory } | { table: 'department'; row?: Department } | null;

const COVERAGE_COLOR: Record<CategoryCoverage, string> = {
  grid: 'red',
  community: 'orange',
  onDemand: 'default',
};

/** 类别与部门: the reference data behind the roster, with how many coordinators each holds. */
export function ReferenceView() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const user = useSession((s) => s.user);
  const categories = useCategories();
  const departments = useDepartments();
  const use = useLiveQuery(() => referenceUse(db));
  const [editing, setEditing] = useState<Editing>(null);
  const writable = canWriteTable(user.role, 'coordinatorCategories');
  const departmentName = new Map((departments ?? []).map((d) => [d.id, d.name]));

  const remove = async (action: () => Promise<void>) => {
    try {
      await action();
      void message.success(t('common.deleted'));
    } catch (error) {
      if (!(error instanceof RefusedError)) throw error;
      void message.error(translateDynamic(error.key, error.values));
    }
  };
  const actions = (onEdit: () => void, onDelete: () => Promise<void>, name: string) =>
    writable && (
      <Space size={0}>
        <Button
          type="link"
          size="small"
          icon={<EditOutlined />}
          onClick={onEdit}
          aria-label={t('common.edit')}
        />
        <Popconfirm
          title={t('common.deleteConfirm', { name })}
          okText={t('common.delete')}
          okButtonProps={{ danger: true }}
          cancelText={t('common.cancel')}
          onConfirm={() => remove(onDelete)}
        >
          <Button type="link" size="small" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} />
        </Popconfirm>
      </Space>
    );

  return (
    <div className="reference-view">
      {!writable && <Alert type="info" showIcon title={t('coordinators.reference.readOnly')} />}
      <Card
        size="small"
        title={t('coordinators.reference.categories')}
        extra={
          writable && (
            <Button size="small" icon={<PlusOutlined />} onClick={() => setEditing({ table: 'category' })}>
              {t('coordinators.reference.addCategory')}
            </Button>
          )
        }
      >
        <Table<CoordinatorCategory>
          size="small"
          rowKey="id"
          pagination={false}
          loading={categories === undefined}
          dataSource={categories}
          columns={[
            { key: 'code', title: t('coordinators.reference.code'), dataIndex: 'code', width: 64 },
            { key: 'name', title: t('coordinators.reference.name'), dataIndex: 'name' },
            {
              key: 'department',
              title: t('coordinators.reference.department'),
              render: (_, c) => departmentName.get(c.departmentId),
            },
            {
              key: 'coverage',
              title: t('coordinators.reference.coverage'),
              render: (_, c) => {
                const coverage = c.coverage ?? 'onDemand';
                return <Tag color={COVERAGE_COLOR[coverage]}>{t(`coordinators.coverage.${coverage}`)}</Tag>;
              },
            },
            {
              key: 'members',
              title: t('coordinators.reference.members'),
              align: 'right',
              render: (_, c) => (use?.byCategory.get(c.id) ?? 0).toLocaleString(),
            },
            {
              key: 'actions',
              width: 80,
              render: (_, c) =>
                actions(
                  () => setEditing({ table: 'category', row: c }),
                  () => deleteCategory(db, user, c.id),
                  c.name,
                ),
            },
          ]}
        />
      </Card>
      <Card
        size="small"
        title={t('coordinators.reference.departments')}
        extra={
          writable && (
            <Button size="small" icon={<PlusOutlined />} onClick={() => setEditing({ table: 'department' })}>
              {t('coordinators.reference.addDepartment')}
            </Button>
          )
        }
      >
        <Table<Department>
          size="small"
          rowKey="id"
          pagination={false}
          loading={departments === undefined}
          dataSource={departments}
          columns={[
            { key: 'code', title: t('coordinators.reference.code'), dataIndex: 'code', width: 64 },
            { key: 'name', title: t('coordinators.reference.name'), dataIndex: 'name' },
            {
              key: 'members',
              title: t('coordinators.reference.members'),
              align: 'right',
              render: (_, d) => (use?.byDepartment.get(d.id) ?? 0).toLocaleString(),
            },
            {
              key: 'actions',
              width: 80,
              render: (_, d) =>
                actions(
                  () => setEditing({ table: 'department', row: d }),
                  () => deleteDepartment(db, user, d.id),
                  d.name,
                ),
            },
          ]}
        />
      </Card>
      {editing?.table === 'category' && (
        <CategoryForm row={editing.row} departments={departments ?? []} onClose={() => setEditing(null)} />
      )}
      {editing?.table === 'department' && (
        <DepartmentForm row={editing.row} onClose={() => setEditing(null)} />
      )}
    </div>
  );
}

function CategoryForm({
  row,
  departments,
  onClose,
}: {
  row?: CoordinatorCategory;
  departments: readonly Department[];
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<CategoryInput>();
  const user = useSession((s) => s.user);
  return (
    <FormModal<CategoryInput>
      form={form}
      title={row ? t('coordinators.reference.editCategory') : t('coordinators.reference.addCategory')}
      initialValues={row ? { ...row, coverage: row.coverage ?? 'onDemand' } : { coverage: 'onDemand' }}
      onClose={onClose}
      onSubmit={async (values) => {
        const saved = await saveCategory(db, user, values, row?.id);
        void message.success(t('coordinators.reference.saved', { name: saved.name }));
      }}
    >
      <CodeAndName />
      <Form.Item
        name="departmentId"
        label={t('coordinators.reference.department')}
        rules={[{ required: true, message: t('errors.coordinator.departmentRequired') }]}
      >
        <Select options={departments.map((d) => ({ value: d.id, label: d.name }))} />
      </Form.Item>
      <Form.Item
        name="coverage"
        label={t('coordinators.reference.coverage')}
        extra={t('coordinators.reference.coverageHelp')}
      >
        <Select
          options={CATEGORY_COVERAGES.map((c) => ({ value: c, label: t(`coordinators.coverage.${c}`) }))}
        />
      </Form.Item>
    </FormModal>
  );
}

function DepartmentForm({ row, onClose }: { row?: Department; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ code: string; name: string }>();
  const user = useSession((s) => s.user);
  return (
    <FormModal<{ code: string; name: string }>
      form={form}
      title={row ? t('coordinators.reference.editDepartment') : t('coordinators.reference.addDepartment')}
      initialValues={row}
      onClose={onClose}
      onSubmit={async (values) => {
        const saved = await saveDepartment(db, user, values, row?.id);
        void message.success(t('coordinators.reference.saved', { name: saved.name }));
      }}
    >
      <CodeAndName />
    </FormModal>
  );
}

function CodeAndName() {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item
        name="code"
        label={t('coordinators.reference.code')}
        rules={[{ required: true, whitespace: true, message: t('errors.coordinator.codeRequired') }]}
      >
        <Input maxLength={10} />
      </Form.Item>
      <Form.Item
        name="name"
        label={t('coordinators.reference.name')}
        rules={[{ required: true, whitespace: true, message: t('errors.coordinator.nameRequired') }]}
      >
        <Input maxLength={40} />
      </Form.Item>
    </>
  );
}
