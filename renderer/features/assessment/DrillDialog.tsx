import { Alert, Button, Descriptions, List, Modal, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AssessmentIndicator, AssessmentRound, CommunityResult } from '@shared/model/assessment';
import { ENTERED_KINDS } from '@shared/model/assessment';
import { orgPathOfCode } from '@shared/org/codes';
import { measureOf, type CommunityData } from '@shared/assessment/round';
import { basisText, indicatorName, noteText, scoreText, valueText } from '@shared/assessment/report-card';
import { useUiStore } from '../../app/ui-store';
import { showPlacesWithGap } from '../places';

/**
 * How one value was computed: its definition, numerator and denominator, and the records behind
 * it — listed here for the few (topics, committees), a link to the filtered list for the many.
 */
export function DrillDialog({
  round,
  row,
  indicator,
  data,
  onClose,
}: {
  round: AssessmentRound;
  row: CommunityResult;
  indicator: AssessmentIndicator;
  /** The community's records as computed; absent for a published round (its figures are frozen). */
  data?: CommunityData;
  onClose(): void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const navigate = useNavigate();
  const setScope = useUiStore((s) => s.setScope);
  const result = row.results[indicator.id];
  const measure =
    data && !ENTERED_KINDS.includes(indicator.kind) ? measureOf(indicator, data, round) : undefined;

  const openList = () => {
    const community = orgPathOfCode(row.code);
    setScope(community);
    if (indicator.kind === 'placeCoverage') showPlacesWithGap('noWorker', row.code);
    const to =
      measure?.table === 'tickets'
        ? '/tickets'
        : measure?.table === 'infoSystems'
          ? '/access/systems'
          : '/places';
    onClose();
    void navigate(to);
  };

  const names =
    measure && data
      ? measure.table === 'consultationTopics'
        ? new Map(data.topics.map((x) => [x.id, x.title]))
        : measure.table === 'committees'
          ? new Map(data.committees.map((x) => [x.id, t(`assessment.committee.${x.kind}`)]))
          : undefined
      : undefined;

  return (
    <Modal
      open
      title={t('assessment.drill.title', { community: row.name, indicator: indicatorName(indicator, lang) })}
      onCancel={onClose}
      footer={<Button onClick={onClose}>{t('common.close')}</Button>}
      width={640}
    >
      <Typography.Paragraph type="secondary">
        {t(`assessment.drill.definitions.${indicator.kind}`)}
      </Typography.Paragraph>
      <Descriptions size="small" column={2} bordered data-testid="drill">
        <Descriptions.Item label={t('assessment.drill.value')}>
          {valueText(indicator, result)}
        </Descriptions.Item>
        <Descriptions.Item label={t('assessment.drill.score')}>{scoreText(result?.score)}</Descriptions.Item>
        <Descriptions.Item label={t('assessment.drill.numerator')}>
          {result?.numerator ?? '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('assessment.drill.denominator')}>
          {result?.denominator ?? '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('assessment.drill.weight')}>{indicator.weight}</Descriptions.Item>
        <Descriptions.Item label="">{basisText(indicator, result, lang)}</Descriptions.Item>
      </Descriptions>
      {result?.note === 'exempt' && (
        <Alert style={{ marginTop: 12 }} type="info" showIcon message={t('assessment.drill.exempt')} />
      )}
      {result?.note === 'noData' && (
        <Alert style={{ marginTop: 12 }} type="info" showIcon message={t('assessment.drill.noData')} />
      )}
      {result?.reason && (
        <Typography.Paragraph style={{ marginTop: 12 }}>{noteText(result, lang)}</Typography.Paragraph>
      )}
      {round.status === 'published' && (
        <Alert style={{ marginTop: 12 }} type="warning" showIcon message={t('assessment.drill.frozenNote')} />
      )}
      {measure && (
        <div style={{ marginTop: 12 }}>
          <Typography.Text strong>{t('assessment.drill.records')}: </Typography.Text>
          <Typography.Text>
            {t('assessment.drill.counted', { count: measure.ids.length })},{' '}
            {t('assessment.drill.notCounted', { count: measure.outIds.length })}
          </Typography.Text>
          {names ? (
            <List
              size="small"
              dataSource={[
                ...measure.ids.map((id) => [id, true] as const),
                ...measure.outIds.map((id) => [id, false] as const),
              ]}
              renderItem={([id, counted]) => (
                <List.Item>
                  <Typography.Text type={counted ? undefined : 'secondary'}>
                    {names.get(id) ?? id}
                  </Typography.Text>
                </List.Item>
              )}
            />
          ) : (
            <Button type="link" onClick={openList} data-testid="drill-open">
              {t('assessment.drill.open')}
            </Button>
          )}
        </div>
      )}
    </Modal>
  );
}
