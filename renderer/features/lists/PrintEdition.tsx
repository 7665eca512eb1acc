import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListEdition, ListItem } from '@shared/model/lists';
import { sectionsOf } from '@shared/lists/search';
import { PrintPortal } from '../../common/PrintPortal';
import { describeEditionPeriod } from './edition-period';

/** An edition on paper: its name and period, then its items section by section. */
export function PrintEdition({
  edition,
  items,
  onDone,
}: {
  edition: ListEdition;
  items: ListItem[];
  onDone(): void;
}) {
  const { t } = useTranslation();
  const withModes = edition.kind === 'communityTasks';
  return (
    <PrintPortal onDone={onDone}>
      <h1>{t('lists.print.heading', { list: t(`lists.kind.${edition.kind}`), edition: edition.name })}</h1>
      <p className="print-meta">
        {t('lists.print.status', { status: t(`lists.status.${edition.status}`) })}
        {'\u3000'}
        {describeEditionPeriod(t, edition, 'lists.print.effective')}
        {'\u3000'}
        {t('lists.print.count', { count: items.length })}
      </p>
      {sectionsOf(items).map((section) => {
        const rows = items.filter((i) => i.section === section);
        return (
          <Fragment key={section}>
            <h2>
              {section}（{rows.length}）
            </h2>
            <table>
              <thead>
                <tr>
                  <th className="print-code">{t('lists.item.code')}</th>
                  <th>{t('lists.item.title')}</th>
                  <th style={{ width: '10%' }}>{t('lists.item.kind')}</th>
                  <th style={{ width: '14%' }}>{t('lists.item.leadUnit')}</th>
                  <th style={{ width: '18%' }}>{t('lists.item.legalBasis')}</th>
                  {withModes && <th style={{ width: '18%' }}>{t('lists.item.modes')}</th>}
                </tr>
              </thead>
              <tbody>
                {rows.map((i) => (
                  <tr key={i.id}>
                    <td className="print-code">{i.code}</td>
                    <td>{i.title}</td>
                    <td>{t(`lists.itemKind.${i.kind}`)}</td>
                    <td>{i.leadUnit}</td>
                    <td>{i.legalBasis}</td>
                    {withModes && (
                      <td>{(i.assistanceModes ?? []).map((m) => t(`lists.mode.${m}`)).join('、')}</td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </Fragment>
        );
      })}
      <p className="print-foot">{t('lists.print.printedAt', { at: new Date().toLocaleString() })}</p>
    </PrintPortal>
  );
}
