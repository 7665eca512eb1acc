import { List, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { FormerPlacement } from '@shared/model/division';
import { communityCodeOf } from '@shared/org/paths';
import { db } from '../../db';

/** 原属: the communities a division change moved this place from, newest first. */
export function PlaceFormerly({ formerly }: { formerly?: FormerPlacement[] }) {
  const { t } = useTranslation();
  const codes = (formerly ?? []).map((f) => communityCodeOf(f.orgPath) ?? '');
  const names = useLiveQuery(
    async () =>
      new Map((await db.orgUnits.where('code').anyOf(codes).toArray()).map((u) => [u.code, u.name])),
    [codes.join(',')],
  );
  if (!formerly?.length || !names) return null;
  return (
    <div data-testid="place-formerly">
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('divisions.formerly.title')}
      </Typography.Title>
      <List
        size="small"
        dataSource={[...formerly].reverse()}
        renderItem={(f) => {
          const code = communityCodeOf(f.orgPath) ?? '';
          return (
            <List.Item>
              {t('divisions.formerly.line', {
                on: f.on,
                name: names.get(code) ?? code,
                code,
                oldCode: f.code ?? '—',
              })}
            </List.Item>
          );
        }}
      />
    </div>
  );
}
