import { useCallback, useMemo, useState } from 'react';
import { Button, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { DeleteButton } from '../../../app/components/DeleteButton';
import type { ServicePoint } from '@shared/model/place';
import { isMobile } from '@shared/validation/phone';
import { db } from '../../../db';
import { useUiStore } from '../../../app/ui-store';
import { VirtualTable, type VirtualColumn } from '../../../app/components/VirtualTable';
import { MaskedPhone } from '../../../app/components/MaskedPhone';
import { ServicePointForm } from './ServicePointForm';
import { deleteServicePoint, servicePointIdsInScope } from './service-points-repository';

/** 养老驿站, 警务工作站, 社区卫生服务站, 物业 and 调解室 in scope. */
export function ServicePointsView() {
  const { t } = useTranslation();
  const scope = useUiStore((s) => s.scope);
  const ids = useLiveQuery(() => servicePointIdsInScope(scope), [scope]);
  const [form, setForm] = useState<{ id?: string } | null>(null);
  const load = useCallback((list: string[]) => db.servicePoints.bulkGet(list), []);

  const columns = useMemo<VirtualColumn<ServicePoint>[]>(
    () => [
      {
        key: 'kind',
        title: t('places.servicePoints.columns.kind'),
        width: 130,
        render: (p) => <Tag>{t(`places.servicePoints.kind.${p.kind}`)}</Tag>,
      },
      { key: 'name', title: t('places.servicePoints.columns.name'), width: '1.2fr', render: (p) => p.name },
      {
        key: 'address',
        title: t('places.servicePoints.columns.address'),
        width: '2fr',
        render: (p) => p.address,
      },
      {
        key: 'contact',
        title: t('places.servicePoints.columns.contact'),
        width: 90,
        render: (p) => p.contactName,
      },
      // Institutional landlines are public; a contact's mobile is personal and stays masked.
      {
        key: 'phone',
        title: t('places.servicePoints.columns.phone'),
        width: 130,
        render: (p) => <MaskedPhone phone={p.phone} revealed={!!p.phone && !isMobile(p.phone)} />,
      },
      { key: 'hours', title: t('places.servicePoints.columns.hours'), width: '1fr', render: (p) => p.hours },
      {
        key: 'actions',
        title: '',
        width: 48,
        render: (p) => (
          <DeleteButton
            inRow
            confirm={t('common.deleteConfirm', { name: p.name })}
            onDelete={() => deleteServicePoint(p.id)}
          />
        ),
      },
    ],
    [t],
  );

  return (
    <div className="list-view">
      <Space className="list-toolbar">
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setForm({})}>
          {t('places.servicePoints.add')}
        </Button>
        <Typography.Text type="secondary">{t('common.count', { count: ids?.length ?? 0 })}</Typography.Text>
      </Space>
      <VirtualTable<ServicePoint>
        label={t('places.tabs.servicePoints')}
        ids={ids}
        loadRows={load}
        columns={columns}
        onRowClick={(id) => setForm({ id })}
      />
      {form && <ServicePointForm scope={scope} id={form.id} onClose={() => setForm(null)} />}
    </div>
  );
}
