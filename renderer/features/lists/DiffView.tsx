import { useMemo } from 'react';
import { Button, Card, Col, Empty, Row, Select, Space, Spin, Statistic, Table, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, SwapOutlined } from '@ant-design/icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ListItem } from '@shared/model/lists';
import { diffEditions, type ChangedItem, type DiffField } from '@shared/lists/diff';
import { useListKind } from './use-list-kind';
import { loadEditionItems, useEditions } from './use-lists';
import { EditionStatusTag } from './EditionBar';

/** How a field's value reads in the diff. */
function useFieldText() {
  const { t } = useTranslation();
  return (field: DiffField, value: ListItem[DiffField]): string => {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0))
      return t('lists.diff.empty');
    if (field === 'kind') return t(`lists.itemKind.${value as ListItem['kind']}`);
    if (field === 'assistanceModes')
      return (value as string[]).map((m) => t(`lists.mode.${m as 'publicity'}`)).join(t('common.separator'));
    return String(value);
  };
}

const FIELD_LABEL: Record<
  DiffField,
  'section' | 'title' | 'kind' | 'leadUnit' | 'legalBasis' | 'modes' | 'notes'
> = {
  section: 'section',
  title: 'title',
  kind: 'kind',
  leadUnit: 'leadUnit',
  legalBasis: 'legalBasis',
  assistanceModes: 'modes',
  notes: 'notes',
};

/** Two editions of one list side by side: items added, removed and changed, field by field. */
export function DiffView() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const kind = useListKind();
  const editions = useEditions(kind);
  const [params, setParams] = useSearchParams();
  const fieldText = useFieldText();

  // By default: what the newest draft (or the edition in force) changes from the one before it.
  const byAge = useMemo(
    () =>
      [...(editions ?? [])].sort(
        (a, b) =>
          (a.effectiveFrom ?? '9999').localeCompare(b.effectiveFrom ?? '9999') || a.id.localeCompare(b.id),
      ),
    [editions],
  );
  const toId = params.get('to') ?? byAge[byAge.length - 1]?.id;
  const fromId = params.get('from') ?? byAge[byAge.length - 2]?.id;
  const diff = useLiveQuery(async () => {
    if (!fromId || !toId) return null;
    const [from, to] = await Promise.all([loadEditionItems(fromId), loadEditionItems(toId)]);
    return diffEditions(from, to);
  }, [fromId, toId]);

  const pick = (key: 'from' | 'to', id: string) => {
    const next = new URLSearchParams(params);
    next.set(key, id);
    if (key === 'from' && toId) next.set('to', toId);
    if (key === 'to' && fromId) next.set('from', fromId);
    setParams(next, { replace: true });
  };
  const options = (editions ?? []).map((e) => ({
    value: e.id,
    label: (
      <span>
        {e.name} <EditionStatusTag status={e.status} />
      </span>
    ),
  }));

  return (
    <div className="diff-view">
      <Space wrap className="list-toolbar">
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(`/lists/${kind}`)}>
          {t('lists.diff.back')}
        </Button>
        <Typography.Text strong>{t('lists.diff.from')}</Typography.Text>
        <Select
          className="edition-select"
          aria-label={t('lists.diff.from')}
          value={fromId}
          options={options}
          onChange={(id) => pick('from', id)}
        />
        <Button
          icon={<SwapOutlined />}
          aria-label={t('lists.diff.swap')}
          onClick={() => fromId && toId && setParams({ from: toId, to: fromId }, { replace: true })}
        />
        <Typography.Text strong>{t('lists.diff.to')}</Typography.Text>
        <Select
          className="edition-select"
          aria-label={t('lists.diff.to')}
          value={toId}
          options={options}
          onChange={(id) => pick('to', id)}
        />
      </Space>
      {diff === undefined || !editions ? (
        <Spin />
      ) : diff === null ? (
        <Empty description={t('lists.diff.pickTwo')} />
      ) : (
        <>
          <Row gutter={12} className="stat-row">
            {(['added', 'removed', 'changed'] as const).map((k) => (
              <Col flex="1" key={k}>
                <Card size="small" data-testid={`diff-${k}`}>
                  <Statistic title={t(`lists.diff.${k}`)} value={diff[k].length} />
                </Card>
              </Col>
            ))}
            <Col flex="1">
              <Card size="small" data-testid="diff-unchanged">
                <Statistic title={t('lists.diff.unchanged')} value={diff.unchanged} />
              </Card>
            </Col>
          </Row>
          {diff.added.length + diff.removed.length + diff.changed.length === 0 && (
            <Empty description={t('lists.diff.same')} />
          )}
          {diff.changed.length > 0 && (
            <section data-testid="diff-changed-list">
              <Typography.Title level={5}>
                <Tag color="blue">{t('lists.diff.changed')}</Tag>
              </Typography.Title>
              {diff.changed.map((c) => (
                <ChangedCard key={c.code} change={c} fieldText={fieldText} />
              ))}
            </section>
          )}
          <ItemsSection kind="added" color="green" items={diff.added} />
          <ItemsSection kind="removed" color="red" items={diff.removed} />
        </>
      )}
    </div>
  );
}

/** Items only one of the two editions holds. */
function ItemsSection({
  kind,
  color,
  items,
}: {
  kind: 'added' | 'removed';
  color: string;
  items: ListItem[];
}) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  const columns = [
    { key: 'code', title: t('lists.item.code'), dataIndex: 'code', width: 100 },
    { key: 'section', title: t('lists.item.section'), dataIndex: 'section', width: 140 },
    { key: 'title', title: t('lists.item.title'), dataIndex: 'title' },
  ];
  return (
    <section data-testid={`diff-${kind}-list`}>
      <Typography.Title level={5}>
        <Tag color={color}>{t(`lists.diff.${kind}`)}</Tag>
      </Typography.Title>
      <Table<ListItem> size="small" rowKey="id" pagination={false} columns={columns} dataSource={items} />
    </section>
  );
}

function ChangedCard({
  change,
  fieldText,
}: {
  change: ChangedItem;
  fieldText: (field: DiffField, value: ListItem[DiffField]) => string;
}) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      className="diff-card"
      title={
        <span>
          <span className="mono">{change.code}</span> {change.after.title}
        </span>
      }
    >
      <table className="diff-fields">
        <thead>
          <tr>
            <th>{t('lists.diff.field')}</th>
            <th>{t('lists.diff.before')}</th>
            <th>{t('lists.diff.after')}</th>
          </tr>
        </thead>
        <tbody>
          {change.fields.map((f) => (
            <tr key={f.field}>
              <td>{t(`lists.item.${FIELD_LABEL[f.field]}`)}</td>
              <td className="diff-before">{fieldText(f.field, f.before)}</td>
              <td className="diff-after">{fieldText(f.field, f.after)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
