import { useEffect, useMemo, useRef, useState } from 'react';
import { Button, Empty, Input, List, Space, Tooltip, Tree, Typography } from 'antd';
import type { GetRef, TreeDataNode } from 'antd';
import { EditOutlined, MenuFoldOutlined, PlusOutlined } from '@ant-design/icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { OrgUnit } from '@shared/model/org';
import { CITY_CODE } from '@shared/model/org';
import { codeOfPath } from '@shared/org/codes';
import { queryWords } from '@shared/search/terms';
import { db } from '../../db';
import { readCatalog } from '../../db/catalog';
import { useUiStore } from '../../app/ui-store';
import { useElementHeight } from '../../app/components/use-element-height';
import { useOrgChildren, useScopeUnit } from '../../common/scope/use-org';
import { OrgUnitForm, type OrgFormTarget } from './OrgUnitForm';
import { parentOf, segmentsOf } from '@shared/org/paths';

const CITY_KEY = 'city';

function buildTree(
  units: readonly OrgUnit[],
  expanded: ReadonlySet<string>,
  householdsLabel: (n: number) => string,
) {
  const byParent = new Map<string, OrgUnit[]>();
  for (const u of units) {
    const list = byParent.get(u.parentCode) ?? [];
    list.push(u);
    byParent.set(u.parentCode, list);
  }
  const node = (u: OrgUnit): TreeDataNode => ({
    key: u.code,
    title:
      u.households !== undefined && u.level !== 'district' && u.level !== 'street' ? (
        <span>
          {u.name} <Typography.Text type="secondary">{householdsLabel(u.households)}</Typography.Text>
        </span>
      ) : (
        u.name
      ),
    isLeaf: u.level === 'grid',
    children: expanded.has(u.code) ? (byParent.get(u.code) ?? []).map(node) : undefined,
  });
  return (byParent.get(CITY_CODE) ?? []).map(node);
}

/** Codes of the ancestors of a scope (the units whose children must show to reveal it). */
function ancestorsOf(scope: string): string[] {
  return segmentsOf(parentOf(scope));
}

/** The scope tree: city → district → street → community/village → grid. Picking a node sets the scope every list filters by. */
export function ScopePanel({ onCollapse }: { onCollapse(): void }) {
  const { t } = useTranslation();
  const { scope, setScope } = useUiStore();
  const [expanded, setExpanded] = useState<string[]>(() => ancestorsOf(scope));
  const [query, setQuery] = useState('');
  const [form, setForm] = useState<OrgFormTarget | null>(null);
  const [treeBox, treeHeight] = useElementHeight<HTMLDivElement>();
  const units = useOrgChildren(expanded);
  const treeRef = useRef<GetRef<typeof Tree>>(null);
  const selectedKey = scope === '' ? CITY_KEY : codeOfPath(scope);
  const scopeUnit = useScopeUnit(scope);

  // A scope picked elsewhere (breadcrumb, search) is revealed in the tree once; the user
  // may fold it away again.
  const [revealedScope, setRevealedScope] = useState(scope);
  if (revealedScope !== scope) {
    setRevealedScope(scope);
    const missing = ancestorsOf(scope).filter((c) => !expanded.includes(c));
    if (missing.length > 0) setExpanded([...expanded, ...missing]);
  }

  // Bring the picked unit into view once its branch has loaded; a node just opened scrolls
  // to the top so its children show (the tree is virtual: what is off screen is not there).
  const [opened, setOpened] = useState<string | null>(null);
  const loaded = (code: string) => code === CITY_KEY || (units ?? []).some((u) => u.code === code);
  const openedLoaded = opened !== null && (units ?? []).some((u) => u.parentCode === opened);
  const selectedLoaded = loaded(selectedKey);
  useEffect(() => {
    if (selectedLoaded) treeRef.current?.scrollTo({ key: selectedKey, align: 'auto' });
  }, [selectedKey, selectedLoaded, treeHeight]);
  useEffect(() => {
    if (opened && openedLoaded) treeRef.current?.scrollTo({ key: opened, align: 'top' });
  }, [opened, openedLoaded]);

  const treeData = useMemo<TreeDataNode[]>(
    () => [
      {
        key: CITY_KEY,
        title: t('scope.city'),
        children: buildTree(units ?? [], new Set(expanded), (n) => t('common.households', { count: n })),
      },
    ],
    [units, expanded, t],
  );

  const words = queryWords(query);
  const results = useLiveQuery(async () => {
    if (words.length === 0) return [];
    const found = (await readCatalog(db, 'orgUnits', '')).search(words, 50);
    return (await db.orgUnits.bulkGet(found.map((e) => e.id))).filter((u): u is OrgUnit => u !== undefined);
  }, [words.join(' ')]);

  const pick = (orgPath: string) => {
    setScope(orgPath);
    setQuery('');
  };

  const level = scopeUnit?.level;
  const canAddCommunity = level === 'street';
  const canAddGrid = level === 'community' || level === 'village';
  const canEdit = scopeUnit !== undefined && scopeUnit.source !== 'reference';

  return (
    <div className="scope-panel">
      <div className="scope-panel-head">
        <Typography.Text strong>{t('scope.title')}</Typography.Text>
        <Tooltip title={t('scope.collapse')}>
          <Button
            type="text"
            size="small"
            icon={<MenuFoldOutlined />}
            onClick={onCollapse}
            aria-label={t('scope.collapse')}
          />
        </Tooltip>
      </div>
      <Input.Search
        allowClear
        placeholder={t('scope.search')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        aria-label={t('scope.search')}
      />
      <Space size={4} wrap className="scope-actions">
        <Button
          size="small"
          icon={<PlusOutlined />}
          disabled={!canAddCommunity}
          onClick={() => scopeUnit && setForm({ mode: 'new', parent: scopeUnit, level: 'community' })}
        >
          {t('scope.addCommunity')}
        </Button>
        <Button
          size="small"
          icon={<PlusOutlined />}
          disabled={!canAddGrid}
          onClick={() => scopeUnit && setForm({ mode: 'new', parent: scopeUnit, level: 'grid' })}
        >
          {t('scope.addGrid')}
        </Button>
        <Button
          size="small"
          icon={<EditOutlined />}
          disabled={!canEdit}
          onClick={() => scopeUnit && setForm({ mode: 'edit', unit: scopeUnit })}
        >
          {t('scope.edit')}
        </Button>
      </Space>
      <div className="scope-tree" ref={treeBox}>
        {words.length > 0 ? (
          results && results.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('scope.noResults')} />
          ) : (
            <List
              size="small"
              dataSource={results ?? []}
              renderItem={(u) => (
                <List.Item
                  className="scope-result"
                  role="button"
                  tabIndex={0}
                  onClick={() => pick(u.orgPath)}
                  onKeyDown={(e) => e.key === 'Enter' && pick(u.orgPath)}
                >
                  <span>{u.name}</span>
                  <Typography.Text type="secondary">{t(`org.level.${u.level}`)}</Typography.Text>
                </List.Item>
              )}
            />
          )
        ) : (
          treeHeight > 0 && (
            <Tree
              ref={treeRef}
              blockNode
              height={treeHeight}
              treeData={treeData}
              expandedKeys={[CITY_KEY, ...expanded]}
              selectedKeys={[selectedKey]}
              onExpand={(keys, info) => {
                setExpanded(keys.map(String).filter((k) => k !== CITY_KEY));
                setOpened(info.expanded ? String(info.node.key) : null);
              }}
              onSelect={(_, info) => {
                const key = String(info.node.key);
                if (key === CITY_KEY) return setScope('');
                const unit = units?.find((u) => u.code === key);
                if (unit) setScope(unit.orgPath);
              }}
            />
          )
        )}
      </div>
      {form && (
        <OrgUnitForm target={form} onClose={() => setForm(null)} onSaved={(u) => setScope(u.orgPath)} />
      )}
    </div>
  );
}
