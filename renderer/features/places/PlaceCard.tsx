import { useState } from 'react';
import {
  App,
  Button,
  Descriptions,
  Drawer,
  Empty,
  List,
  Space,
  Switch,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { DeleteButton } from '../../app/components/DeleteButton';
import type { TFunction } from 'i18next';
import type { CommunityWorker, Place, ServicePoint } from '@shared/model/place';
import type { OrgUnit } from '@shared/model/org';
import { maskPhone } from '@shared/validation/mask';
import { isMobile } from '@shared/validation/phone';
import { db } from '../../db';
import { MaskedPhone, formatPhone } from '../../app/components/MaskedPhone';
import { useScopeUnits } from '../../common/scope/use-org';
import { deletePlace } from './places-repository';
import { canUnmask } from '@shared/auth/roles';
import { recordUnmask } from '../../app/personal-data';
import { useSession } from '../../app/session';
import { RefusedError } from '../../app/input-error';
import { translateDynamic } from '../../app/i18n';
import { RecordHistory } from '../sync';
import { PlaceFormerly } from './PlaceFormerly';
import { personalFieldsOf } from './personal-fields';

interface CardData {
  place: Place;
  worker?: CommunityWorker;
  points: ServicePoint[];
  parent?: Place;
}

function useCardData(id: string): CardData | null | undefined {
  return useLiveQuery(async () => {
    const place = await db.places.get(id);
    if (!place) return null;
    const [worker, points, parent] = await Promise.all([
      place.workerId ? db.communityWorkers.get(place.workerId) : undefined,
      db.servicePoints.bulkGet(place.servicePointIds),
      place.parentId ? db.places.get(place.parentId) : undefined,
    ]);
    return { place, worker, points: points.filter((p): p is ServicePoint => !!p), parent };
  }, [id]);
}

/**
 * What a worker reads out on the phone to a resident: who is responsible, how to reach
 * them, and where the nearest elderly-care and police stations are.
 */
export function placeReadout(
  t: TFunction,
  data: CardData,
  units: readonly OrgUnit[],
  revealed: boolean,
): string {
  const phone = (p: string | undefined) => (p ? (revealed ? formatPhone(p) : maskPhone(p)) : '');
  const { place, worker, points } = data;
  const lines: string[] = [];
  const where = units.map((u) => u.name).join('');
  lines.push(`${place.name}（${t(`places.type.${place.type}`)}，${where}）${place.address}`);
  lines.push(
    place.head
      ? `${t(`places.headRole.${place.type}`)}：${place.head.name}${place.head.partyMember ? `（${t('places.card.partyMember')}）` : ''}，${phone(place.head.phone)}`
      : t('places.card.noHead'),
  );
  lines.push(
    worker
      ? `${t('places.form.worker')}：${worker.name}${worker.phone ? `，${phone(worker.phone)}` : ''}`
      : t('places.card.noWorker'),
  );
  for (const p of points) {
    const parts = [
      p.name,
      p.phone && phone(p.phone),
      p.hours && `${t('places.card.hours')} ${p.hours}`,
    ].filter(Boolean);
    lines.push(`${t(`places.servicePoints.kind.${p.kind}`)}：${parts.join('，')}`);
  }
  return lines.join('\n');
}

/** The place card: everything about one 楼门院 on one screen, readable aloud. */
export function PlaceCard({
  id,
  onClose,
  onEdit,
}: {
  id: string;
  onClose(): void;
  onEdit(id: string): void;
}) {
  const { t } = useTranslation();
  const data = useCardData(id);
  const units = useScopeUnits(data?.place.orgPath ?? '') ?? [];
  const [revealed, setRevealed] = useState(false);
  const { message } = App.useApp();
  const user = useSession((s) => s.user);
  const mayReveal = canUnmask(user.role);
  // Shown in full only once the showing is recorded, as on the coordinator card.
  const reveal = async (on: boolean) => {
    if (!on || !data) return setRevealed(false);
    try {
      await recordUnmask(db, user, personalFieldsOf(data));
      setRevealed(true);
    } catch (error) {
      if (!(error instanceof RefusedError)) throw error;
      void message.error(translateDynamic(error.key, error.values));
    }
  };

  if (data === null) return null;
  const place = data?.place;
  return (
    <Drawer
      open
      size={560}
      title={t('places.card.title')}
      onClose={onClose}
      extra={
        place && (
          <Space>
            <Button icon={<EditOutlined />} onClick={() => onEdit(place.id)}>
              {t('common.edit')}
            </Button>
            <DeleteButton
              confirm={t('common.deleteConfirm', { name: place.name })}
              onDelete={async () => {
                await deletePlace(place.id);
                onClose();
              }}
            />
          </Space>
        )
      }
    >
      {data && place && (
        <div className="place-card" data-testid="place-card">
          <Typography.Title level={4}>
            {place.name} <Tag>{t(`places.type.${place.type}`)}</Tag>
            {place.demoYear && <Tag color="red">{t('places.card.demoPoint', { year: place.demoYear })}</Tag>}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{place.address}</Typography.Paragraph>
          <Space className="reveal-toggle">
            <Tooltip title={mayReveal ? undefined : t('errors.personalData.unmaskNotAllowed')}>
              <Switch
                size="small"
                checked={revealed}
                disabled={!mayReveal}
                onChange={(on) => void reveal(on)}
                aria-label={t('common.reveal')}
              />
            </Tooltip>
            <Typography.Text>{revealed ? t('common.concealed') : t('common.reveal')}</Typography.Text>
          </Space>
          <Typography.Paragraph
            className="readout"
            copyable={{ text: placeReadout(t, data, units, revealed) }}
          >
            <Typography.Text strong>{t('places.card.readout')}</Typography.Text>
            <pre>{placeReadout(t, data, units, revealed)}</pre>
          </Typography.Paragraph>
          <Descriptions column={2} size="small" bordered>
            <Descriptions.Item label={t('places.card.belongsTo')} span={2}>
              {units.map((u) => u.name).join(' / ')}
            </Descriptions.Item>
            <Descriptions.Item label={t('places.columns.code')}>{place.code}</Descriptions.Item>
            <Descriptions.Item label={t('places.columns.type')}>
              {t(`places.type.${place.type}`)}
            </Descriptions.Item>
            {data.parent && (
              <Descriptions.Item label={t('places.form.parent')} span={2}>
                {data.parent.name}
              </Descriptions.Item>
            )}
            <Descriptions.Item label={t('places.columns.households')}>{place.households}</Descriptions.Item>
            <Descriptions.Item label={t('places.columns.residents')}>{place.residents}</Descriptions.Item>
            <Descriptions.Item label={t(`places.headRole.${place.type}`)}>
              {place.head ? (
                <>
                  {place.head.name}{' '}
                  {place.head.partyMember && <Tag color="red">{t('places.card.partyMember')}</Tag>}
                </>
              ) : (
                <Typography.Text type="warning">{t('places.card.noHead')}</Typography.Text>
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('places.columns.headPhone')}>
              <MaskedPhone phone={place.head?.phone} revealed={revealed} />
            </Descriptions.Item>
            {place.head?.termStart && (
              <Descriptions.Item label={t('places.form.termStart')}>{place.head.termStart}</Descriptions.Item>
            )}
            {place.head?.termEnd && (
              <Descriptions.Item label={t('places.form.termEnd')}>{place.head.termEnd}</Descriptions.Item>
            )}
            <Descriptions.Item label={t('places.form.worker')} span={2}>
              {data.worker ? (
                <>
                  {data.worker.name}（{t(`places.workers.role.${data.worker.role}`)}）{' '}
                  <MaskedPhone phone={data.worker.phone} revealed={revealed} />
                </>
              ) : (
                <Typography.Text type="warning">{t('places.card.noWorker')}</Typography.Text>
              )}
            </Descriptions.Item>
            {place.lastVisitOn && (
              <Descriptions.Item label={t('places.form.lastVisitOn')} span={2}>
                {place.lastVisitOn}
              </Descriptions.Item>
            )}
            {place.notes && (
              <Descriptions.Item label={t('places.form.notes')} span={2}>
                {place.notes}
              </Descriptions.Item>
            )}
          </Descriptions>
          <PlaceFormerly formerly={place.formerly} />
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('places.form.servicePoints')}
          </Typography.Title>
          {data.points.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('places.card.noPoints')} />
          ) : (
            <List
              size="small"
              dataSource={data.points}
              renderItem={(p) => (
                <List.Item>
                  <List.Item.Meta
                    title={
                      <>
                        <Tag>{t(`places.servicePoints.kind.${p.kind}`)}</Tag>
                        {p.name}
                      </>
                    }
                    description={
                      <>
                        {p.address}
                        {p.contactName && ` · ${t('places.card.contact')} ${p.contactName}`}
                        {p.phone && (
                          <>
                            {' · '}
                            <MaskedPhone phone={p.phone} revealed={revealed || !isMobile(p.phone)} />
                          </>
                        )}
                        {p.hours && ` · ${t('places.card.hours')} ${p.hours}`}
                      </>
                    }
                  />
                </List.Item>
              )}
            />
          )}
          <RecordHistory table="places" id={place.id} />
        </div>
      )}
    </Drawer>
  );
}
