import { useState } from 'react';
import { Alert, Button, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AssessmentRound } from '@shared/model/assessment';
import { canWriteTable } from '@shared/auth/roles';
import { db } from '../../db';
import { useUiStore } from '../../app/ui-store';
import { useSession } from '../../app/session';
import { mayRunRound, roundsIn } from './assessment-repository';
import { RoundForm } from './RoundForm';
import { STATUS_COLOR } from './format';

/** The rounds of the scope, newest first, and a new one for a street or district. */
export function RoundList() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const scope = useUiStore((s) => s.scope);
  const user = useSession((s) => s.user);
  const rounds = useLiveQuery(() => roundsIn(db, scope), [scope]);
  const [creating, setCreating] = useState(false);
  const writable = canWriteTable(user.role, 'assessmentRounds');
  return (
    <div className="page">
      <div className="page-body">
        <div style={{ display: 'flex', justifyContent: 'space-between', marginBottom: 12 }}>
          <h2 style={{ margin: 0 }}>{t('assessment.list.title')}</h2>
          {writable && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              disabled={!mayRunRound(scope)}
              onClick={() => setCreating(true)}
            >
              {t('assessment.list.create')}
            </Button>
          )}
        </div>
        {writable && !mayRunRound(scope) && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            message={t('assessment.list.pickStreet')}
          />
        )}
        <Table<AssessmentRound>
          rowKey="id"
          size="middle"
          loading={rounds === undefined}
          dataSource={rounds}
          pagination={false}
          locale={{ emptyText: t('assessment.list.empty') }}
          onRow={(r) => ({
            onClick: () => void navigate(`/assessment/${r.id}`),
            style: { cursor: 'pointer' },
          })}
          columns={[
            { key: 'name', title: t('assessment.list.columns.name'), render: (_, r) => <a>{r.name}</a> },
            {
              key: 'period',
              title: t('assessment.list.columns.period'),
              render: (_, r) => `${r.year} ${t(`assessment.period.${r.period}`)}`,
            },
            {
              key: 'status',
              title: t('assessment.list.columns.status'),
              render: (_, r) => (
                <Tag color={STATUS_COLOR[r.status]}>{t(`assessment.status.${r.status}`)}</Tag>
              ),
            },
            {
              key: 'n',
              title: t('assessment.list.columns.indicators'),
              render: (_, r) => r.indicators.length,
            },
          ]}
        />
      </div>
      {creating && (
        <RoundForm
          scope={scope}
          onClose={() => setCreating(false)}
          onSaved={(round) => void navigate(`/assessment/${round.id}`)}
        />
      )}
    </div>
  );
}
