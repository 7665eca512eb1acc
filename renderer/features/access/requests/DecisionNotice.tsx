import { useTranslation } from 'react-i18next';
import type { AccessRequest } from '@shared/model/lists';
import { reviewDecision } from '@shared/access/workflow';
import { beijingDate } from '@shared/access/dates';
import { PrintPortal } from '../../../common/PrintPortal';

/**
 * 决定书: the street's written decision on a request — admitted with its scope and
 * conditions, refused with the reason and where the work can go instead, or revoked.
 */
export function DecisionNotice({
  request,
  failed,
  streetName,
  communityNames,
  onDone,
}: {
  request: AccessRequest;
  /** The failed checks, as sentences. */
  failed: readonly string[];
  streetName: string;
  communityNames: string[];
  onDone(): void;
}) {
  const { t } = useTranslation();
  const last = request.history[request.history.length - 1];
  const decision = request.status === 'revoked' ? last : reviewDecision(request);
  const none = t('access.notice.none');
  const reason = decision?.reason ?? none;
  const modes = request.assistanceModes.map((m) => t(`lists.mode.${m}`)).join(t('common.separator')) || none;
  const period = request.periodFrom
    ? t('access.notice.period', { from: request.periodFrom, to: request.periodTo ?? none })
    : none;
  return (
    <PrintPortal onDone={onDone}>
      <div className="notice" data-testid="decision-notice">
        <h1>{t('access.notice.title')}</h1>
        {request.code && <div className="notice-no">{request.code}</div>}
        <p className="notice-to">{t('access.notice.to', { unit: request.requestingUnit })}</p>
        <p>{t('access.notice.received', { filedOn: request.filedOn ?? none, matter: request.matter })}</p>
        {request.status === 'admitted' && (
          <>
            <p>
              {t('access.notice.admitted', {
                communities: communityNames.join(t('common.separator')) || none,
                modes,
                period,
              })}
            </p>
            <p>
              {t('access.notice.conditions', {
                funding: request.funding ?? none,
                staffing: request.staffing ?? none,
              })}
            </p>
            {decision?.reason && <p>{t('access.notice.opinion', { reason })}</p>}
          </>
        )}
        {request.status === 'refused' && (
          <>
            <p>{t('access.notice.refused', { reason })}</p>
            {failed.length > 0 && (
              <p>
                {t('access.notice.failedChecks', {
                  checks: failed.join(''),
                })}
              </p>
            )}
          </>
        )}
        {request.status === 'revoked' && <p>{t('access.notice.revoked', { reason })}</p>}
        {request.redirectedTo && (
          <p>
            {t('access.notice.redirected', {
              kind: t(`access.redirect.${request.redirectedTo.kind}`),
              receiver: request.redirectedTo.receiver ?? '',
            })}
          </p>
        )}
        <p className="notice-sign">
          {t('access.notice.sign', { street: streetName })}
          <br />
          {t('access.notice.date', { date: decision ? beijingDate(decision.at) : '' })}
        </p>
      </div>
    </PrintPortal>
  );
}
