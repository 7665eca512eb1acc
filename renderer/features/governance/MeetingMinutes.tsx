import { useTranslation } from 'react-i18next';
import type { ConsultationMeeting, ConsultationTopic } from '@shared/model/governance';
import { PARTICIPANT_GROUPS } from '@shared/model/governance';
import { headCount } from '@shared/governance/consultation';
import { PrintPortal } from '../../common/PrintPortal';

/** A meeting as the 会议纪要 a community files: topic, time, place, who came, options, the decision and its vote. */
export function MeetingMinutes({
  topic,
  meeting,
  community,
  onDone,
}: {
  topic: ConsultationTopic;
  meeting: ConsultationMeeting;
  community: string;
  onDone(): void;
}) {
  const { t } = useTranslation();
  const groups = PARTICIPANT_GROUPS.filter((g) => meeting.participants[g])
    .map((g) => `${t(`governance.group.${g}`)} ${meeting.participants[g]}`)
    .join(t('common.separator'));
  const d = meeting.decision;
  return (
    <PrintPortal onDone={onDone}>
      <div className="notice" data-testid="meeting-minutes">
        <h1>{t('governance.minutes.title', { community })}</h1>
        <p>
          <b>{t('governance.minutes.topic')}：</b>
          {topic.title}
        </p>
        <p>
          <b>{t('governance.minutes.date')}：</b>
          {meeting.date} <b>{t('governance.minutes.venue')}：</b>
          {meeting.venue} <b>{t('governance.minutes.level')}：</b>
          {t(`governance.level.${meeting.level}`)}
        </p>
        <p>
          <b>{t('governance.minutes.participants')}：</b>
          {groups}（{t('governance.card.headCount', { count: headCount(meeting) })}）
        </p>
        {meeting.attendees && (
          <p>
            <b>{t('governance.minutes.attendees')}：</b>
            {meeting.attendees}
          </p>
        )}
        {meeting.options.length > 0 && (
          <>
            <p>
              <b>{t('governance.minutes.options')}：</b>
            </p>
            <ol>
              {meeting.options.map((o) => (
                <li key={o}>{o}</li>
              ))}
            </ol>
          </>
        )}
        {d ? (
          <>
            <p>
              <b>{t('governance.minutes.decision')}：</b>
              {d.text}
            </p>
            <p>
              <b>{t('governance.minutes.vote')}：</b>
              {t('governance.card.votes', {
                for: d.votesFor,
                against: d.votesAgainst,
                abstain: d.abstentions,
              })}
            </p>
            <p>
              <b>{t('governance.minutes.carrier')}：</b>
              {t('governance.card.carrier', { by: d.carriedOutBy, due: d.dueOn })}
            </p>
          </>
        ) : (
          <p>{t('governance.minutes.none')}</p>
        )}
        <p className="notice-sign">
          {meeting.minutesBy && (
            <>
              {t('governance.minutes.minutesBy')}：{meeting.minutesBy}
              <br />
            </>
          )}
          {community}
          {t('governance.minutes.signature')}
          <br />
          {meeting.date}
        </p>
      </div>
    </PrintPortal>
  );
}
