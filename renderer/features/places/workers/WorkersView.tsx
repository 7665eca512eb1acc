import { useCallback, useMemo, useState } from 'react';
import { Button, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { DeleteButton } from '../../../app/components/DeleteButton';
import type { CommunityWorker } from '@shared/model/place';
import { workerNorm } from '@shared/places/coverage';
import { db } from '../../../db';
import { placesInScope } from '../place-search';
import { useUiStore } from '../../../app/ui-store';
import { VirtualTable, type VirtualColumn } from '../../../app/components/VirtualTable';
import { MaskedPhone } from '../../../app/components/MaskedPhone';
import { NormTag } from '../CoverageView';
import { WorkerForm } from './WorkerForm';
import { deleteWorker, workerIdsInScope } from './workers-repository';
import { upTo } from '@shared/org/paths';
import { ORG_DEPTH } from '@shared/model/org';

interface WorkerRow {
  worker: CommunityWorker;
  gridName?: string;
  places: number;
  households: number;
}

/** What each worker covers (包楼), against the 110–150 households norm. */
async function loadWorkerRows(ids: string[]): Promise<(WorkerRow | undefined)[]> {
  const workers = await db.communityWorkers.bulkGet(ids);
  // A worker covers places of their own community: read those communities' places.
  const communities = new Set(
    workers.map((w) => w && upTo(w.orgPath, ORG_DEPTH.community)).filter((c) => !!c),
  );
  const wanted = new Set(ids);
  const covered = (await Promise.all([...communities].map((c) => placesInScope(db, c!))))
    .flat()
    .filter((p) => p.workerId !== undefined && wanted.has(p.workerId));
  const gridCodes = [...new Set(workers.map((w) => w?.gridCode).filter((c): c is string => !!c))];
  const grids = new Map(
    (await db.orgUnits.where('code').anyOf(gridCodes).toArray()).map((g) => [g.code, g.name]),
  );
  const totals = new Map<string, { places: number; households: number }>();
  for (const p of covered) {
    const tally = totals.get(p.workerId!) ?? { places: 0, households: 0 };
    tally.places += 1;
    if (p.type !== 'gate') tally.households += p.households;
    totals.set(p.workerId!, tally);
  }
  return workers.map((worker) =>
    worker
      ? {
          worker,
          gridName: worker.gridCode ? grids.get(worker.gridCode) : undefined,
          ...(totals.get(worker.id) ?? { places: 0, households: 0 }),
        }
      : undefined,
  );
}

export function WorkersView() {
  const { t } = useTranslation();
  const scope = useUiStore((s) => s.scope);
  const ids = useLiveQuery(() => workerIdsInScope(scope), [scope]);
  const [form, setForm] = useState<{ id?: string } | null>(null);
  const load = useCallback((list: string[]) => loadWorkerRows(list), []);

  const columns = useMemo<VirtualColumn<WorkerRow>[]>(
    () => [
      { key: 'name', title: t('places.workers.columns.name'), width: '1fr', render: (r) => r.worker.name },
      {
        key: 'role',
        title: t('places.workers.columns.role'),
        width: 120,
        render: (r) => t(`places.workers.role.${r.worker.role}`),
      },
      {
        key: 'phone',
        title: t('places.workers.columns.phone'),
        width: 130,
        render: (r) => <MaskedPhone phone={r.worker.phone} />,
      },
      { key: 'grid', title: t('places.workers.columns.grid'), width: '1fr', render: (r) => r.gridName },
      {
        key: 'places',
        title: t('places.workers.columns.places'),
        width: 90,
        align: 'right',
        render: (r) => r.places,
      },
      {
        key: 'households',
        title: t('places.workers.columns.households'),
        width: 170,
        render: (r) => (
          <NormTag row={{ householdsPerWorker: r.households, norm: workerNorm(r.households, 1) }} />
        ),
      },
      {
        key: 'actions',
        title: '',
        width: 48,
        render: (r) => (
          <DeleteButton
            inRow
            confirm={t('common.deleteConfirm', { name: r.worker.name })}
            onDelete={() => deleteWorker(r.worker.id)}
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
          {t('places.workers.add')}
        </Button>
        <Typography.Text type="secondary">{t('common.count', { count: ids?.length ?? 0 })}</Typography.Text>
      </Space>
      <VirtualTable<WorkerRow>
        label={t('places.tabs.workers')}
        ids={ids}
        loadRows={load}
        columns={columns}
        onRowClick={(id) => setForm({ id })}
      />
      {form && <WorkerForm scope={scope} id={form.id} onClose={() => setForm(null)} />}
    </div>
  );
}
