import { useCallback, useDeferredValue, useMemo } from 'react';
import { Button, Input, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../app/ui-store';
import { VirtualTable, type VirtualColumn } from '../../app/components/VirtualTable';
import { MaskedPhone } from '../../app/components/MaskedPhone';
import { usePlacesUi } from './places-ui-store';
import { loadPlaceRows, usePlaceList, type PlaceRow } from './use-places';
import { PlaceCard } from './PlaceCard';
import { PlaceForm } from './PlaceForm';
import { ExcelActions } from '../excel';

/** The registry: find a place in one step, read its card, add and edit. */
export function PlaceListView() {
  const { t } = useTranslation();
  const scope = useUiStore((s) => s.scope);
  const { query, setQuery, gapFilter, setGapFilter, openCardId, openCard, form, openForm } = usePlacesUi();
  const deferredQuery = useDeferredValue(query);
  const list = usePlaceList(scope, deferredQuery, gapFilter);
  const load = useCallback((ids: string[]) => loadPlaceRows(ids), []);

  const columns = useMemo<VirtualColumn<PlaceRow>[]>(
    () => [
      {
        key: 'code',
        title: t('places.columns.code'),
        width: 136,
        render: (r) => <span className="mono">{r.place.code}</span>,
      },
      {
        key: 'type',
        title: t('places.columns.type'),
        width: 72,
        render: (r) => t(`places.type.${r.place.type}`),
      },
      {
        key: 'name',
        title: t('places.columns.name'),
        width: '1.6fr',
        // Gates of one building differ only at the end (…5号楼1单元, …5号楼2单元): never cut them.
        minWidth: 180,
        render: (r) => r.place.name,
      },
      { key: 'address', title: t('places.columns.address'), width: '2fr', render: (r) => r.place.address },
      {
        key: 'households',
        title: t('places.columns.households'),
        width: 64,
        align: 'right',
        render: (r) => r.place.households,
      },
      {
        key: 'head',
        title: t('places.columns.head'),
        width: 110,
        render: (r) =>
          r.place.head?.name ?? <Typography.Text type="warning">{t('common.none')}</Typography.Text>,
      },
      {
        key: 'phone',
        title: t('places.columns.headPhone'),
        width: 112,
        render: (r) => <MaskedPhone phone={r.place.head?.phone} />,
      },
      {
        key: 'worker',
        title: t('places.columns.worker'),
        width: 96,
        render: (r) => r.workerName ?? <Typography.Text type="warning">{t('common.none')}</Typography.Text>,
      },
      { key: 'grid', title: t('places.columns.grid'), width: '0.9fr', render: (r) => r.gridName ?? '' },
    ],
    [t],
  );

  const count = list?.ids.length ?? 0;
  return (
    <div className="list-view">
      <Space className="list-toolbar" wrap>
        <Input.Search
          allowClear
          autoFocus
          className="place-search"
          placeholder={t('places.searchPlaceholder')}
          aria-label={t('places.searchPlaceholder')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <Button type="primary" icon={<PlusOutlined />} onClick={() => openForm({ mode: 'new' })}>
          {t('places.add')}
        </Button>
        <ExcelActions entity="places" ids={list?.ids ?? []} />
        {gapFilter && !query && (
          <Tag closable onClose={() => setGapFilter(null)} color="orange">
            {t('places.coverage.filterActive', { gap: t(`places.coverage.${gapFilter.gap}`) })}
          </Tag>
        )}
        <Typography.Text type="secondary" data-testid="place-count">
          {list?.more ? t('common.countMore', { count }) : t('common.count', { count })}
        </Typography.Text>
      </Space>
      <VirtualTable<PlaceRow>
        label={t('places.title')}
        ids={list?.ids}
        loadRows={load}
        columns={columns}
        selectedId={openCardId ?? undefined}
        onRowClick={openCard}
        empty={query ? t('places.emptySearch', { query }) : t('places.empty')}
      />
      {openCardId && (
        <PlaceCard
          id={openCardId}
          onClose={() => openCard(null)}
          onEdit={(id) => openForm({ mode: 'edit', id })}
        />
      )}
      {form && <PlaceForm target={form} onClose={() => openForm(null)} onSaved={(p) => openCard(p.id)} />}
    </div>
  );
}
