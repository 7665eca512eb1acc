import { useMemo, useState } from 'react';
import { Button, Select, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { canWriteTable } from '@shared/auth/roles';
import {
  CONSULTATION_LEVELS,
  CONSULTATION_STEPS,
  type ConsultationLevel,
  type ConsultationStep,
  type ConsultationTopic,
} from '@shared/model/governance';
import { db } from '../../db';
import { useUiStore } from '../../app/ui-store';
import { useSession } from '../../app/session';
import { useCommunityNames, useTopics } from './use-governance';
import { TopicForm } from './TopicForm';
import { TopicCard } from './TopicCard';
import { STEP_COLOR } from './format';

/**
 * 议事协商: the scope's topics with their step and level. A ticket opens a topic through the
 * address (`?fromTicket=`), so the ticket desk needs nothing of this feature.
 */
export function ConsultationView() {
  const { t } = useTranslation();
  const scope = useUiStore((s) => s.scope);
  const user = useSession((s) => s.user);
  const topics = useTopics(scope);
  const nameOf = useCommunityNames(scope);
  const [step, setStep] = useState<ConsultationStep | 'all'>('all');
  const [level, setLevel] = useState<ConsultationLevel | 'all'>('all');
  const [openId, setOpenId] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [params, setParams] = useSearchParams();
  const fromTicketId = params.get('fromTicket');
  const ticket = useLiveQuery(
    () => (fromTicketId ? db.tickets.get(fromTicketId) : undefined),
    [fromTicketId],
  );
  const writable = canWriteTable(user.role, 'consultationTopics');

  const shown = useMemo(
    () =>
      (topics ?? []).filter(
        (topic) => (step === 'all' || topic.step === step) && (level === 'all' || topic.level === level),
      ),
    [topics, step, level],
  );

  const closeForm = () => {
    setAdding(false);
    if (fromTicketId) setParams({}, { replace: true });
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        {writable && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('governance.topics.raise')}
          </Button>
        )}
        <Select
          aria-label={t('governance.topics.filterStep')}
          value={step}
          onChange={setStep}
          style={{ width: 140 }}
          options={[
            { value: 'all', label: t('governance.topics.allSteps') },
            ...CONSULTATION_STEPS.map((s) => ({ value: s, label: t(`governance.step.${s}`) })),
          ]}
        />
        <Select
          aria-label={t('governance.topics.filterLevel')}
          value={level}
          onChange={setLevel}
          style={{ width: 120 }}
          options={[
            { value: 'all', label: t('governance.topics.allLevels') },
            ...CONSULTATION_LEVELS.map((l) => ({ value: l, label: t(`governance.level.${l}`) })),
          ]}
        />
        <Typography.Text type="secondary" data-testid="topic-count">
          {t('governance.topics.count', { count: shown.length })}
        </Typography.Text>
      </Space>
      <Table<ConsultationTopic>
        data-testid="topics"
        size="small"
        rowKey="id"
        loading={topics === undefined}
        dataSource={shown}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{ emptyText: t('governance.topics.empty') }}
        onRow={(row) => ({ onClick: () => setOpenId(row.id), style: { cursor: 'pointer' } })}
        columns={[
          { key: 'title', title: t('governance.topics.columns.title'), dataIndex: 'title' },
          {
            key: 'community',
            title: t('governance.topics.columns.community'),
            width: 160,
            render: (_, r) => nameOf(r.orgPath),
          },
          {
            key: 'source',
            title: t('governance.topics.columns.source'),
            width: 150,
            render: (_, r) => t(`governance.source.${r.source}`),
          },
          {
            key: 'raisedOn',
            title: t('governance.topics.columns.raisedOn'),
            dataIndex: 'raisedOn',
            width: 110,
          },
          {
            key: 'level',
            title: t('governance.topics.columns.level'),
            width: 90,
            render: (_, r) => t(`governance.level.${r.level}`),
          },
          {
            key: 'step',
            title: t('governance.topics.columns.step'),
            width: 130,
            render: (_, r) =>
              r.closed ? (
                <Tag>{t('governance.topics.closed')}</Tag>
              ) : (
                <Tag color={STEP_COLOR[r.step]}>{t(`governance.step.${r.step}`)}</Tag>
              ),
          },
        ]}
      />
      {(adding || (fromTicketId && ticket)) && (
        <TopicForm
          scope={scope}
          ticket={ticket}
          onClose={closeForm}
          onSaved={(id) => {
            closeForm();
            setOpenId(id);
          }}
        />
      )}
      {openId && <TopicCard id={openId} scope={scope} onClose={() => setOpenId(null)} />}
    </Space>
  );
}
