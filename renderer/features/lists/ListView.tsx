import { useDeferredValue, useMemo, useState } from 'react';
import { Alert, Button, Empty, Input, Select, Space, Spin, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ListItem } from '@shared/model/lists';
import { isEditable } from '@shared/lists/editions';
import { ITEM_KINDS } from '@shared/lists/kinds';
import { buildItemIndex, filterItems, sectionsOf } from '@shared/lists/search';
import { useElementHeight } from '../../app/components/use-element-height';
import { useListKind } from './use-list-kind';
import { useListsUi } from './lists-ui-store';
import { useSelectedEdition } from './use-selected-edition';
import { useCanEditLists, useEditionItems, useEditions } from './use-lists';
import { EditionBar } from './EditionBar';
import { ItemForm } from './ItemForm';
import { ItemDetail } from './ItemDetail';
import { ExcelActions } from '../excel';

type ItemTarget = { mode: 'new' } | { mode: 'edit'; item: ListItem } | { mode: 'view'; item: ListItem };

/** One list: pick an edition, find items by code, words or pinyin, edit a draft's items. */
export function ListView() {
  const { t } = useTranslation();
  const kind = useListKind();
  const editions = useEditions(kind);
  const { query, setQuery, section, setSection, itemKind, setItemKind } = useListsUi();
  const { editionId } = useSelectedEdition();
  const edition = editions?.find((e) => e.id === editionId) ?? editions?.[0];
  const items = useEditionItems(edition?.id);
  const canEdit = useCanEditLists();
  const editable = !!edition && isEditable(edition) && canEdit;
  const [target, setTarget] = useState<ItemTarget | null>(null);
  const [box, height] = useElementHeight<HTMLDivElement>();

  const deferredQuery = useDeferredValue(query);
  const index = useMemo(() => buildItemIndex(items ?? []), [items]);
  const shown = useMemo(
    () => filterItems(index, { query: deferredQuery, section, kind: itemKind }),
    [index, deferredQuery, section, itemKind],
  );
  const sections = useMemo(() => sectionsOf(items ?? []), [items]);

  const columns: ColumnsType<ListItem> = [
    {
      key: 'code',
      title: t('lists.item.code'),
      dataIndex: 'code',
      width: 96,
      render: (c: string) => <span className="mono">{c}</span>,
    },
    { key: 'section', title: t('lists.item.section'), dataIndex: 'section', width: 120, ellipsis: true },
    { key: 'title', title: t('lists.item.title'), dataIndex: 'title', ellipsis: true },
    {
      key: 'kind',
      title: t('lists.item.kind'),
      dataIndex: 'kind',
      width: 120,
      render: (k: ListItem['kind']) => <Tag>{t(`lists.itemKind.${k}`)}</Tag>,
    },
    { key: 'leadUnit', title: t('lists.item.leadUnit'), dataIndex: 'leadUnit', width: 170, ellipsis: true },
    {
      key: 'legalBasis',
      title: t('lists.item.legalBasis'),
      dataIndex: 'legalBasis',
      width: 240,
      ellipsis: true,
    },
  ];
  if (kind === 'communityTasks')
    columns.push({
      key: 'modes',
      title: t('lists.item.modes'),
      width: 260,
      ellipsis: true,
      render: (_, item) =>
        (item.assistanceModes ?? []).map((m) => t(`lists.mode.${m}`)).join(t('common.separator')),
    });

  if (!editions) return <Spin />;
  return (
    <div className="list-view">
      <EditionBar kind={kind} editions={editions} edition={edition} items={items ?? []} />
      {!canEdit && <Alert type="info" showIcon title={t('lists.readOnly')} />}
      {edition ? (
        <>
          <Space className="list-toolbar" wrap>
            <Input.Search
              allowClear
              className="lists-search"
              placeholder={t('lists.search.placeholder')}
              aria-label={t('lists.search.placeholder')}
              value={query}
              onChange={(e) => setQuery(e.target.value)}
            />
            <Select
              allowClear
              className="lists-filter"
              placeholder={t('lists.search.section')}
              aria-label={t('lists.item.section')}
              value={section}
              onChange={setSection}
              options={sections.map((s) => ({ value: s, label: s }))}
            />
            <Select
              allowClear
              className="lists-filter"
              placeholder={t('lists.search.kind')}
              aria-label={t('lists.item.kind')}
              value={itemKind}
              onChange={setItemKind}
              options={ITEM_KINDS[kind].map((k) => ({ value: k, label: t(`lists.itemKind.${k}`) }))}
            />
            {editable && (
              <Button icon={<PlusOutlined />} onClick={() => setTarget({ mode: 'new' })}>
                {t('lists.item.add')}
              </Button>
            )}
            <ExcelActions
              entity="listItems"
              ids={shown.map((i) => i.id)}
              fixed={edition ? { editionId: edition.id } : undefined}
              canImport={editable}
            />
            <Typography.Text type="secondary" data-testid="item-count">
              {t('common.count', { count: shown.length })}
            </Typography.Text>
          </Space>
          <div className="fill" ref={box}>
            {height > 0 && (
              <Table<ListItem>
                size="small"
                rowKey="id"
                virtual
                columns={columns}
                dataSource={shown}
                pagination={false}
                scroll={{ x: kind === 'communityTasks' ? 1400 : 1150, y: height - 40 }}
                locale={{
                  emptyText: (
                    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('lists.search.empty')} />
                  ),
                }}
                onRow={(item) => ({
                  onClick: () => setTarget(editable ? { mode: 'edit', item } : { mode: 'view', item }),
                  className: 'clickable-row',
                })}
              />
            )}
          </div>
        </>
      ) : (
        <Empty description={t('lists.edition.none')} />
      )}
      {edition && target && target.mode !== 'view' && (
        <ItemForm
          edition={edition}
          items={items ?? []}
          item={target.mode === 'edit' ? target.item : undefined}
          onClose={() => setTarget(null)}
        />
      )}
      {edition && target?.mode === 'view' && (
        <ItemDetail item={target.item} onClose={() => setTarget(null)} />
      )}
    </div>
  );
}
