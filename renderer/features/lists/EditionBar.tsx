import { useState } from 'react';
import { App, Button, Popconfirm, Select, Space, Tag, Typography } from 'antd';
import {
  DeleteOutlined,
  DiffOutlined,
  EditOutlined,
  PlusOutlined,
  PrinterOutlined,
  SendOutlined,
  StopOutlined,
} from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { EditionStatus, ListEdition, ListItem, ListKind } from '@shared/model/lists';
import { isEditable } from '@shared/lists/editions';
import { useSession } from '../../app/session';
import { RefusedError } from '../../app/input-error';
import { translateDynamic } from '../../app/i18n';
import { useSelectedEdition } from './use-selected-edition';
import { useCanEditLists } from './use-lists';
import { deleteDraftEdition, retireEdition } from './lists-repository';
import { EditionForm } from './EditionForm';
import { PublishForm } from './PublishForm';
import { PrintEdition } from './PrintEdition';
import { describeEditionPeriod } from './edition-period';

const STATUS_COLOR: Record<EditionStatus, string> = {
  draft: 'gold',
  published: 'green',
  retired: 'default',
};

export function EditionStatusTag({ status }: { status: EditionStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLOR[status]}>{t(`lists.status.${status}`)}</Tag>;
}

type Dialog = 'new' | 'edit' | 'publish' | 'print' | null;

/** The chosen edition of a list, what it is, and what can be done with it. */
export function EditionBar({
  kind,
  editions,
  edition,
  items,
}: {
  kind: ListKind;
  editions: ListEdition[];
  edition: ListEdition | undefined;
  items: ListItem[];
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const user = useSession((s) => s.user);
  const canEdit = useCanEditLists();
  const { selectEdition } = useSelectedEdition();
  const [dialog, setDialog] = useState<Dialog>(null);

  const run = async (action: () => Promise<void>, done: string) => {
    try {
      await action();
      void message.success(done);
    } catch (error) {
      if (!(error instanceof RefusedError)) throw error;
      void message.error(translateDynamic(error.key, error.values));
    }
  };
  const actor = () => ({ at: new Date().toISOString(), by: user.displayName });
  const base = edition && editions.find((e) => e.id === edition.basedOnId);

  return (
    <div className="edition-bar">
      <Space wrap>
        <Typography.Text strong>{t('lists.edition.label')}</Typography.Text>
        <Select
          className="edition-select"
          aria-label={t('lists.edition.pick')}
          placeholder={t('lists.edition.pick')}
          value={edition?.id}
          onChange={(id) => selectEdition(id)}
          options={editions.map((e) => ({
            value: e.id,
            label: (
              <span>
                {e.name} <EditionStatusTag status={e.status} />
              </span>
            ),
          }))}
        />
        {canEdit && (
          <Button icon={<PlusOutlined />} onClick={() => setDialog('new')}>
            {t('lists.edition.new')}
          </Button>
        )}
        {edition && canEdit && isEditable(edition) && (
          <>
            <Button icon={<EditOutlined />} onClick={() => setDialog('edit')}>
              {t('lists.edition.editInfo')}
            </Button>
            <Button type="primary" icon={<SendOutlined />} onClick={() => setDialog('publish')}>
              {t('lists.edition.publish')}
            </Button>
            <Popconfirm
              title={t('lists.edition.deleteConfirm', { name: edition.name, count: items.length })}
              okText={t('common.delete')}
              okButtonProps={{ danger: true }}
              cancelText={t('common.cancel')}
              onConfirm={() =>
                run(async () => {
                  await deleteDraftEdition(edition.id);
                  selectEdition(undefined);
                }, t('lists.edition.deleted'))
              }
            >
              <Button danger icon={<DeleteOutlined />}>
                {t('lists.edition.deleteDraft')}
              </Button>
            </Popconfirm>
          </>
        )}
        {edition && canEdit && edition.status === 'published' && (
          <Popconfirm
            title={t('lists.edition.retireConfirm', { name: edition.name })}
            okText={t('lists.edition.retire')}
            cancelText={t('common.cancel')}
            onConfirm={() =>
              run(
                () => retireEdition(edition.id, actor()),
                t('lists.edition.retired', { name: edition.name }),
              )
            }
          >
            <Button icon={<StopOutlined />}>{t('lists.edition.retire')}</Button>
          </Popconfirm>
        )}
        {editions.length > 1 && (
          <Button icon={<DiffOutlined />} onClick={() => navigate(`/lists/${kind}/diff`)}>
            {t('lists.edition.compare')}
          </Button>
        )}
        {edition && (
          <Button
            icon={<PrinterOutlined />}
            onClick={() => setDialog('print')}
            title={t('lists.edition.printHint')}
          >
            {t('lists.edition.print')}
          </Button>
        )}
      </Space>
      {edition && (
        <Typography.Paragraph type="secondary" className="edition-info" data-testid="edition-info">
          <EditionStatusTag status={edition.status} />
          {describeEditionPeriod(t, edition, 'lists.edition.period')}
          {' · '}
          {t('lists.edition.items', { count: items.length })}
          {edition.publishedBy &&
            ` · ${t('lists.edition.publishedBy', { by: edition.publishedBy, at: (edition.publishedAt ?? '').slice(0, 10) })}`}
          {base && ` · ${t('lists.edition.basedOn', { name: base.name })}`}
          {' · '}
          {isEditable(edition) ? t('lists.edition.draftHint') : t('lists.edition.frozen')}
        </Typography.Paragraph>
      )}
      {(dialog === 'new' || (dialog === 'edit' && edition)) && (
        <EditionForm
          kind={kind}
          editions={editions}
          edition={dialog === 'edit' ? edition : undefined}
          baseId={edition?.id}
          onClose={() => setDialog(null)}
          onCreated={(created) => selectEdition(created.id)}
        />
      )}
      {dialog === 'publish' && edition && (
        <PublishForm edition={edition} editions={editions} onClose={() => setDialog(null)} />
      )}
      {dialog === 'print' && edition && (
        <PrintEdition edition={edition} items={items} onDone={() => setDialog(null)} />
      )}
    </div>
  );
}
