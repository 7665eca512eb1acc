import type { TFunction } from 'i18next';
import type { ConsultationMeeting, ConsultationTopic } from '@shared/model/governance';
import { PARTICIPANT_GROUPS } from '@shared/model/governance';
import { headCount } from '@shared/governance/consultation';
import type { WordBlock } from '@shared/word/document';
import { wordDocumentBytes } from '../../common/word';

/** One part of the 会议纪要: a labelled line, a numbered list, or the closing lines above the seal. */
export type MinutesPart =
  | { kind: 'line'; label?: string; text: string }
  | { kind: 'list'; label: string; items: readonly string[] }
  | { kind: 'sign'; lines: readonly string[] };

export interface Minutes {
  title: string;
  /** Between a label and its text: "：" in Chinese, ": " in English. */
  colon: string;
  parts: MinutesPart[];
}

/**
 * A meeting as the 会议纪要 a community files: topic, time, place, who came, the options, the
 * decision and its vote. The printed page and the Word file are both drawn from this, so what
 * is printed and what is filed say the same.
 */
export function minutesOf(
  topic: Pick<ConsultationTopic, 'title'>,
  meeting: ConsultationMeeting,
  community: string,
  t: TFunction,
): Minutes {
  const colon = t('governance.minutes.colon');
  type Label =
    'topic' | 'date' | 'venue' | 'level' | 'participants' | 'attendees' | 'decision' | 'vote' | 'carrier';
  const line = (key: Label, text: string): MinutesPart => ({
    kind: 'line',
    label: t(`governance.minutes.${key}`),
    text,
  });
  const groups = PARTICIPANT_GROUPS.filter((g) => meeting.participants[g])
    .map((g) => `${t(`governance.group.${g}`)} ${meeting.participants[g]}`)
    .join(t('common.separator'));
  const parts: MinutesPart[] = [
    line('topic', topic.title),
    line('date', meeting.date),
    line('venue', meeting.venue),
    line('level', t(`governance.level.${meeting.level}`)),
    line('participants', `${groups}${t('governance.minutes.headCount', { count: headCount(meeting) })}`),
  ];
  if (meeting.attendees) parts.push(line('attendees', meeting.attendees));
  if (meeting.options.length > 0)
    parts.push({ kind: 'list', label: t('governance.minutes.options'), items: meeting.options });
  const d = meeting.decision;
  if (d) {
    parts.push(
      line('decision', d.text),
      line(
        'vote',
        t('governance.card.votes', { for: d.votesFor, against: d.votesAgainst, abstain: d.abstentions }),
      ),
      line('carrier', t('governance.card.carrier', { by: d.carriedOutBy, due: d.dueOn })),
    );
  } else parts.push({ kind: 'line', text: t('governance.minutes.none') });
  parts.push({
    kind: 'sign',
    lines: [
      ...(meeting.minutesBy ? [`${t('governance.minutes.minutesBy')}${colon}${meeting.minutesBy}`] : []),
      `${community}${t('governance.minutes.signature')}`,
      meeting.date,
    ],
  });
  return { title: t('governance.minutes.title', { community }), colon, parts };
}

/** The label and its text as one line of a document. */
export const lineText = (part: { label?: string; text: string }, colon: string) =>
  part.label ? `${part.label}${colon}${part.text}` : part.text;

/** The minutes as a Word document, to file and stamp. */
export function minutesDocx(minutes: Minutes): Promise<Uint8Array<ArrayBuffer>> {
  const blocks: WordBlock[] = minutes.parts.flatMap((part): WordBlock[] => {
    switch (part.kind) {
      case 'line':
        return [{ kind: 'paragraph', text: lineText(part, minutes.colon) }];
      case 'list':
        return [
          { kind: 'paragraph', text: `${part.label}${minutes.colon}` },
          ...part.items.map((item, i) => ({ kind: 'paragraph' as const, text: `${i + 1}. ${item}` })),
        ];
      case 'sign':
        return part.lines.map((text) => ({ kind: 'paragraph' as const, text, align: 'right' as const }));
    }
  });
  return wordDocumentBytes({ title: minutes.title, blocks });
}
