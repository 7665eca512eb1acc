import { useState } from 'react';
import { Col, DatePicker, Form, Input, Row, Select } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import { TOPIC_SOURCES, type ConsultationTopic, type TopicSource } from '@shared/model/governance';
import type { Ticket } from '@shared/model/ticket';
import { communityCodeOf } from '@shared/org/paths';
import { db } from '../../db';
import { useSession } from '../../app/session';
import { FormModal } from '../../app/components/FormModal';
import { CommunitySelect } from '../../common/scope/CommunitySelect';
import { fromDay, todayInBeijing, toDay } from '../../common/dates';
import { saveTopic } from './governance-repository';
import { useCommunityPlaces } from './use-governance';

interface Values {
  title: string;
  communityCode?: string;
  source: TopicSource;
  raisedBy?: string;
  raisedOn?: Dayjs;
  description?: string;
  ticketIds: string[];
  placeIds: string[];
}

/** 民事民提: a topic of a community; from a ticket, prefilled with the ticket, its place and content. */
export function TopicForm({
  scope,
  row,
  ticket,
  onClose,
  onSaved,
}: {
  scope: string;
  row?: ConsultationTopic;
  ticket?: Ticket;
  onClose(): void;
  onSaved?(id: string): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const user = useSession((s) => s.user);
  const communityCode = Form.useWatch('communityCode', form);
  const places = useCommunityPlaces(communityCode ?? (row && communityCodeOf(row.orgPath)));
  const [search, setSearch] = useState('');
  const chosen: string[] = Form.useWatch('ticketIds', form) ?? row?.ticketIds ?? (ticket ? [ticket.id] : []);
  // Tickets are many: the picker finds them by the number typed, and keeps those chosen.
  const tickets = useLiveQuery(async () => {
    const typed = search.trim();
    const found =
      typed.length >= 2 ? await db.tickets.where('number').startsWith(typed).limit(20).toArray() : [];
    const kept = (await db.tickets.bulkGet(chosen)).filter((x): x is Ticket => !!x);
    return [...new Map([...kept, ...found].map((x) => [x.id, x])).values()];
  }, [search, chosen.join(',')]);

  const initial: Partial<Values> = row
    ? {
        ...row,
        communityCode: communityCodeOf(row.orgPath),
        raisedOn: fromDay(row.raisedOn),
      }
    : ticket
      ? {
          title: ticket.content.slice(0, 40),
          description: ticket.content,
          source: 'ticket',
          communityCode: communityCodeOf(ticket.orgPath) ?? communityCodeOf(scope),
          raisedOn: fromDay(todayInBeijing()),
          ticketIds: [ticket.id],
          placeIds: ticket.placeId ? [ticket.placeId] : [],
        }
      : {
          source: 'residents',
          communityCode: communityCodeOf(scope),
          raisedOn: fromDay(todayInBeijing()),
          ticketIds: [],
          placeIds: [],
        };

  return (
    <FormModal<Values>
      title={
        row
          ? t('governance.topicForm.edit')
          : ticket
            ? t('governance.topicForm.fromTicket', { number: ticket.number })
            : t('governance.topicForm.add')
      }
      form={form}
      width={640}
      initialValues={initial}
      onClose={onClose}
      onSubmit={async (v) => {
        const saved = await saveTopic(
          db,
          {
            ...v,
            raisedOn: toDay(v.raisedOn) ?? '',
            ticketIds: v.ticketIds ?? [],
            placeIds: v.placeIds ?? [],
          },
          user,
          todayInBeijing(),
          row?.id,
        );
        onSaved?.(saved.id);
      }}
    >
      <Form.Item
        name="title"
        label={t('governance.topicForm.title')}
        rules={[{ required: true, whitespace: true, message: t('errors.governance.titleRequired') }]}
      >
        <Input maxLength={80} />
      </Form.Item>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item
            name="communityCode"
            label={t('governance.topicForm.community')}
            rules={[{ required: true, message: t('errors.governance.communityRequired') }]}
          >
            <CommunitySelect scope={row ? row.orgPath : scope} disabled={!!row} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="source" label={t('governance.topicForm.source')}>
            <Select options={TOPIC_SOURCES.map((s) => ({ value: s, label: t(`governance.source.${s}`) }))} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="raisedBy" label={t('governance.topicForm.raisedBy')}>
            <Input maxLength={60} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="raisedOn"
            label={t('governance.topicForm.raisedOn')}
            rules={[{ required: true, message: t('errors.governance.dateRequired') }]}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="description" label={t('governance.topicForm.description')}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
      <Form.Item name="ticketIds" label={t('governance.topicForm.tickets')}>
        <Select
          mode="multiple"
          showSearch={{ onSearch: setSearch, filterOption: false }}
          placeholder={t('governance.topicForm.ticketsPlaceholder')}
          options={(tickets ?? []).map((x) => ({ value: x.id, label: x.number }))}
        />
      </Form.Item>
      <Form.Item name="placeIds" label={t('governance.topicForm.places')}>
        <Select
          mode="multiple"
          showSearch={{ optionFilterProp: 'label' }}
          options={(places ?? []).map((p) => ({ value: p.id, label: p.name }))}
        />
      </Form.Item>
    </FormModal>
  );
}
