import { App, Button, Card, Col, Collapse, Empty, Row, Space, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { db } from '../../db';
import { chooseConflictSide, deletedSide } from '../../sync/conflicts';
import { conflictsTable, type LocalConflict } from '../../sync/state';
import { fieldLabel, formatTime, formatValue, tableLabel } from './format';
import type { ConflictSide } from '@shared/sync/protocol';

/** Conflicts, newest first, with the name of the record where this computer still has it. */
function useConflicts() {
  return useLiveQuery(async () => {
    const all = (await conflictsTable(db).toArray()).sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
    const names = await Promise.all(
      all.map(async (c) => {
        const row = (await db.table(c.table).get(c.recordId)) as { name?: unknown } | undefined;
        return { exists: row !== undefined, name: typeof row?.name === 'string' ? row.name : undefined };
      }),
    );
    return all.map((c, i) => ({ conflict: c, ...names[i]! }));
  });
}

function SideCard({
  conflict,
  side,
  onChoose,
}: {
  conflict: LocalConflict;
  side: 'mine' | 'theirs';
  onChoose(): void;
}) {
  const { t } = useTranslation();
  const value: ConflictSide = conflict[side];
  const inUse = conflict.status === 'open' ? conflict.winner === side : conflict.choice === side;
  const isDelete = conflict.kind === 'delete';
  const deleted = isDelete && deletedSide(conflict) === side;
  return (
    <Card
      size="small"
      title={t(side === 'mine' ? 'sync.conflicts.mine' : 'sync.conflicts.theirs')}
      extra={
        inUse && (
          <Tag color="green">
            {conflict.status === 'open' ? t('sync.conflicts.current') : t('sync.conflicts.chosen')}
          </Tag>
        )
      }
      data-testid={`conflict-${side}`}
    >
      <Typography.Paragraph strong style={{ fontSize: 15 }}>
        {deleted
          ? t('sync.conflicts.deleted')
          : isDelete
            ? Object.entries((value.value as Record<string, unknown>) ?? {})
                .map(([f, v]) => `${fieldLabel(f)}：${formatValue(f, v)}`)
                .join('；')
            : formatValue(conflict.field, value.value)}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">
        {t('sync.conflicts.by', { user: value.user, time: formatTime(value.at) })}
      </Typography.Paragraph>
      {conflict.status === 'open' && (
        <Button size="small" type={inUse ? 'default' : 'primary'} onClick={onChoose}>
          {isDelete
            ? t(deleted ? 'sync.conflicts.keepDeleted' : 'sync.conflicts.restore')
            : t('sync.conflicts.choose')}
        </Button>
      )}
    </Card>
  );
}

function ConflictItem({
  conflict,
  name,
  exists,
}: {
  conflict: LocalConflict;
  name?: string;
  exists: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const choose = (side: 'mine' | 'theirs') =>
    chooseConflictSide(db, conflict.id, side).catch((e: unknown) =>
      message.error(e instanceof Error ? e.message : String(e)),
    );
  return (
    <Card
      size="small"
      data-testid="conflict"
      title={
        <Space wrap>
          <Tag>{tableLabel(conflict.table)}</Tag>
          <span>{name ?? conflict.recordId}</span>
          {conflict.kind === 'field' && conflict.field ? (
            <Typography.Text type="secondary">
              {t('sync.conflicts.field')}：{fieldLabel(conflict.field)}
            </Typography.Text>
          ) : (
            <Typography.Text type="secondary">{t('sync.conflicts.deleteKind')}</Typography.Text>
          )}
        </Space>
      }
      extra={<Typography.Text type="secondary">{formatTime(conflict.createdAt)}</Typography.Text>}
    >
      {!exists && conflict.kind === 'field' && (
        <Typography.Paragraph type="warning">{t('sync.conflicts.recordGone')}</Typography.Paragraph>
      )}
      <Row gutter={12}>
        <Col span={12}>
          <SideCard conflict={conflict} side="mine" onChoose={() => void choose('mine')} />
        </Col>
        <Col span={12}>
          <SideCard conflict={conflict} side="theirs" onChoose={() => void choose('theirs')} />
        </Col>
      </Row>
    </Card>
  );
}

/** 同步 → 冲突: each conflict with both values, who and when; picking one makes it a new change. */
export function ConflictsView() {
  const { t } = useTranslation();
  const items = useConflicts();
  if (!items) return null;
  const open = items.filter((i) => i.conflict.status === 'open');
  const resolved = items.filter((i) => i.conflict.status === 'resolved');
  return (
    <Space direction="vertical" size={12} style={{ width: '100%', maxWidth: 960 }}>
      <Typography.Paragraph type="secondary">{t('sync.conflicts.intro')}</Typography.Paragraph>
      {open.length === 0 && <Empty description={t('sync.conflicts.empty')} />}
      {open.map((i) => (
        <ConflictItem key={i.conflict.id} conflict={i.conflict} name={i.name} exists={i.exists} />
      ))}
      {resolved.length > 0 && (
        <Collapse
          items={[
            {
              key: 'resolved',
              label: t('common.withNote', {
                text: t('sync.conflicts.resolved'),
                note: String(resolved.length),
              }),
              children: (
                <Space direction="vertical" size={12} style={{ width: '100%' }}>
                  {resolved.map((i) => (
                    <ConflictItem key={i.conflict.id} conflict={i.conflict} name={i.name} exists={i.exists} />
                  ))}
                </Space>
              ),
            },
          ]}
        />
      )}
    </Space>
  );
}
