import type { TFunction } from 'i18next';
import { beijingDate } from '@shared/access/dates';
import { editionPeriod } from '@shared/lists/editions';
import type { ListEdition } from '@shared/model/lists';

type Wording = 'lists.edition.period' | 'lists.print.effective';

/**
 * An edition's period in words, on screen (`lists.edition.period…`) or on paper
 * (`lists.print.effective…`): a draft or a future edition reads "起（未生效）", never "至今".
 */
export function describeEditionPeriod(
  t: TFunction,
  edition: Pick<ListEdition, 'status' | 'effectiveFrom' | 'effectiveTo'>,
  wording: Wording,
  today: string = beijingDate(new Date().toISOString()),
): string {
  const period = editionPeriod(edition, today);
  switch (period.kind) {
    case 'unset':
      return t('lists.edition.periodUnset');
    case 'upcoming':
      return period.to
        ? t(`${wording}UpcomingUntil`, { from: period.from, to: period.to })
        : t(`${wording}Upcoming`, { from: period.from });
    case 'open':
      return t(`${wording}Open`, { from: period.from });
    case 'closed':
      return t(wording, { from: period.from, to: period.to });
  }
}
