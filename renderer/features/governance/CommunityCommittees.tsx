import { useState } from 'react';
import { Alert, Button, Card, Drawer, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { canWriteTable } from '@shared/auth/roles';
import {
  COMMITTEE_KINDS,
  type Committee,
  type CommitteeKind,
  type CommitteeLog,
} from '@shared/model/governance';
import type { CommitteeStanding } from '@shared/governance/committees';
import { db } from '../../db';
import { useSession } from '../../app/session';
import { DeleteButton } from '../../app/components/DeleteButton';
import { deleteCommittee, deleteExemption, deleteLog, planCommitteeDelete } from './governance-repository';
import { CommitteeForm } from './CommitteeForm';
import { LogForm } from './LogForm';
import { ExemptionForm } from './ExemptionForm';

type Editing =
  | { kind: 'committee'; committeeKind: CommitteeKind; row?: Committee }
  | { kind: 'log'; committee: Committee }
  | { kind: 'exemption' }
  | null;

/** One community's six committees: members, work log, or the note that it runs without them. */
export function CommunityCommittees({
  communityCode,
  name,
  standing,
  logs,
  onClose,
}: {
  communityCode: string;
  name: string;
  standing: CommitteeStanding | undefined;
  logs: CommitteeLog[];
  onClose(): void;
}) {
  const { t } = useTranslation();
  const user = useSession((s) => s.user);
  const [editing, setEditing] = useState<Editing>(null);
  const writable = canWriteTable(user.role, 'committees');
  const logsWritable = canWriteTable(user.role, 'committeeLogs');
  const exemptionWritable = canWriteTable(user.role, 'committeeExemptions');
  const exemption = standing?.exemption;

  return (
    <Drawer open size={820} title={t('governance.committees.title', { community: name })} onClose={onClose}>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        {exemption ? (
          <Alert
            type="info"
            showIcon
            message={t('governance.committees.exempt', { reason: exemption.reason })}
            description={`${t('governance.committees.since')} ${exemption.since}`}
            action={
              exemptionWritable && (
                <DeleteButton
                  confirm={t('governance.committees.removeExemptionConfirm')}
                  onDelete={() => deleteExemption(db, user, exemption.id)}
                >
                  {t('governance.committees.removeExemption')}
                </DeleteButton>
              )
            }
          />
        ) : (
          exemptionWritable &&
          (standing?.missing.length ?? 0) > 0 && (
            <Button onClick={() => setEditing({ kind: 'exemption' })}>
              {t('governance.committees.exemption')}
            </Button>
          )
        )}
        {COMMITTEE_KINDS.map((kind) => {
          const committee = standing?.present[kind];
          const own = committee ? logs.filter((l) => l.committeeId === committee.id) : [];
          return (
            <Card
              key={kind}
              size="small"
              data-testid={`committee-${kind}`}
              title={t(`governance.committeeKind.${kind}`)}
              extra={
                writable && (
                  <Space size={0}>
                    <Button
                      size="small"
                      type="link"
                      onClick={() => setEditing({ kind: 'committee', committeeKind: kind, row: committee })}
                    >
                      {committee ? t('governance.committees.editMembers') : t('governance.committees.form')}
                    </Button>
                    {committee && logsWritable && (
                      <Button size="small" type="link" onClick={() => setEditing({ kind: 'log', committee })}>
                        {t('governance.committees.addLog')}
                      </Button>
                    )}
                    {committee && (
                      <DeleteButton
                        inRow
                        confirm={t('governance.committees.deleteConfirm', {
                          name: t(`governance.committeeKind.${kind}`),
                        })}
                        plan={() => planCommitteeDelete(db, committee.id)}
                        onDelete={() => deleteCommittee(db, user, committee.id)}
                      />
                    )}
                  </Space>
                )
              }
            >
              {committee ? (
                <Space direction="vertical" size={4} style={{ width: '100%' }}>
                  <Space wrap size={4}>
                    {committee.members.map((m) => (
                      <Tag key={m.name} color={m.chair ? 'blue' : undefined}>
                        {m.name}
                        {m.chair ? `（${t('governance.committees.chair')}）` : ''} ·{' '}
                        {t(`governance.memberKind.${m.kind}`)}
                      </Tag>
                    ))}
                  </Space>
                  <Typography.Text strong>{t('governance.committees.logs')}</Typography.Text>
                  <List<CommitteeLog>
                    size="small"
                    dataSource={own.slice(0, 20)}
                    locale={{ emptyText: t('governance.committees.noLogs') }}
                    renderItem={(l) => (
                      <List.Item
                        actions={
                          logsWritable
                            ? [
                                <DeleteButton
                                  key="delete"
                                  inRow
                                  confirm={t('common.deleteConfirm', { name: l.summary })}
                                  onDelete={() => deleteLog(db, user, l.id)}
                                />,
                              ]
                            : []
                        }
                      >
                        {l.date} [{t(`governance.logForm.${l.kind}`)}] {l.summary}
                        {l.participants ? `（${l.participants}）` : ''}
                      </List.Item>
                    )}
                  />
                </Space>
              ) : (
                <Typography.Text type="secondary">{t('governance.committees.none')}</Typography.Text>
              )}
            </Card>
          );
        })}
      </Space>
      {editing?.kind === 'committee' && (
        <CommitteeForm
          communityCode={communityCode}
          kind={editing.committeeKind}
          row={editing.row}
          onClose={() => setEditing(null)}
        />
      )}
      {editing?.kind === 'log' && <LogForm committee={editing.committee} onClose={() => setEditing(null)} />}
      {editing?.kind === 'exemption' && (
        <ExemptionForm communityCode={communityCode} onClose={() => setEditing(null)} />
      )}
    </Drawer>
  );
}
