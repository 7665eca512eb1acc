import { Descriptions, Drawer, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ListItem } from '@shared/model/lists';

/** An item of a frozen edition, whole: the table cuts long titles and bases. */
export function ItemDetail({ item, onClose }: { item: ListItem; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Drawer open size={520} title={t('lists.item.detail')} onClose={onClose}>
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('lists.item.code')}>{item.code}</Descriptions.Item>
        <Descriptions.Item label={t('lists.item.section')}>{item.section}</Descriptions.Item>
        <Descriptions.Item label={t('lists.item.title')}>{item.title}</Descriptions.Item>
        <Descriptions.Item label={t('lists.item.kind')}>{t(`lists.itemKind.${item.kind}`)}</Descriptions.Item>
        {item.leadUnit && (
          <Descriptions.Item label={t('lists.item.leadUnit')}>{item.leadUnit}</Descriptions.Item>
        )}
        {item.legalBasis && (
          <Descriptions.Item label={t('lists.item.legalBasis')}>{item.legalBasis}</Descriptions.Item>
        )}
        {item.assistanceModes && (
          <Descriptions.Item label={t('lists.item.modes')}>
            {item.assistanceModes.map((m) => (
              <Tag key={m}>{t(`lists.mode.${m}`)}</Tag>
            ))}
          </Descriptions.Item>
        )}
        {item.notes && <Descriptions.Item label={t('lists.item.notes')}>{item.notes}</Descriptions.Item>}
      </Descriptions>
    </Drawer>
  );
}
