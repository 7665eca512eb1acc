import { useState } from 'react';
import { Button, Descriptions, Drawer, Space, Tag, Timeline, Typography } from 'antd';
import { EditOutlined, PrinterOutlined, ShareAltOutlined } from '@ant-design/icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { DeleteButton } from '../../../app/components/DeleteButton';
import { meritFailures, runAccessChecks } from '@shared/access/checks';
import { availableActions, isEditableRequest, type AccessAction } from '@shared/access/workflow';
import { missingForSubmit } from '@shared/access/validate-request';
import { codeOfPath } from '@shared/org/codes';
import { db } from '../../../db';
import { useCheckContext, useRequest, useUnitNames } from '../use-access';
import { deleteDraftRequest } from '../access-repository';
import { RequestStatusTag } from './RequestStatusTag';
import { CheckList } from './CheckList';
import { ActionForm } from './ActionForm';
import { RedirectForm } from './RedirectForm';
import { DecisionNotice } from './DecisionNotice';
import { useCheckText } from './use-check-text';
import { shownUserName } from '../../../app/session';

/** Complaints and coordinator assignments that point at a request. */
function useLinks(id: string) {
  return useLiveQuery(async () => {
    const [complaints, assignments] = await Promise.all([
      db.burdenComplaints.filter((c) => c.accessRequestId === id && !c.deleted).toArray(),
      db.assignments.filter((a) => a.sourceRef === id && !a.deleted).count(),
    ]);
    return { complaints, assignments };
  }, [id]);
}

const PRIMARY: Partial<Record<AccessAction, true>> = { submit: true, admit: true };

/** One request: what it asks, what the checks say and why, its steps, and the next step. */
export function RequestCard({
  id,
  onClose,
  onEdit,
}: {
  id: string;
  onClose(): void;
  /** `missing`: the fields a submit found empty, for the form to show at those fields. */
  onEdit(id: string, missing?: readonly string[]): void;
}) {
  const { t } = useTranslation();
  const request = useRequest(id);
  const ctx = useCheckContext();
  const links = useLinks(id);
  const names = useUnitNames(request ? [...request.targetCommunities, codeOfPath(request.orgPath)] : []);
  const [action, setAction] = useState<AccessAction | null>(null);
  const [redirecting, setRedirecting] = useState(false);
  const [printing, setPrinting] = useState(false);
  const results = request && ctx ? runAccessChecks(request, ctx) : [];
  const failed = meritFailures(results);
  const { sentence } = useCheckText(failed);

  if (request === null) return null;
  const listItem = request && ctx?.taskList.items.find((i) => i.id === request.listItemId);
  const none = <Typography.Text type="secondary">{t('access.card.none')}</Typography.Text>;
  const text = (v: string | undefined) => v || none;

  return (
    <Drawer
      open
      size={780}
      title={t('access.card.title')}
      onClose={onClose}
      extra={
        request && (
          <Space wrap>
            {availableActions(request.status).map((a) => (
              <Button
                key={a}
                type={PRIMARY[a] ? 'primary' : 'default'}
                danger={a === 'refuse' || a === 'revoke'}
                onClick={() => {
                  // Review needs fields the draft lacks: edit them where they are, not in a reason box.
                  const missing = a === 'submit' ? missingForSubmit(request).map((i) => i.field) : [];
                  if (missing.length > 0) onEdit(request.id, missing);
                  else setAction(a);
                }}
              >
                {t(`access.action.${a}`)}
              </Button>
            ))}
            {(request.status === 'refused' || request.status === 'revoked') && (
              <Button icon={<ShareAltOutlined />} onClick={() => setRedirecting(true)}>
                {t('access.card.redirect')}
              </Button>
            )}
            {isEditableRequest(request.status) && (
              <Button icon={<EditOutlined />} onClick={() => onEdit(request.id)}>
                {t('access.card.edit')}
              </Button>
            )}
            {(request.status === 'admitted' ||
              request.status === 'refused' ||
              request.status === 'revoked') && (
              <Button icon={<PrinterOutlined />} onClick={() => setPrinting(true)}>
                {t('access.card.printNotice')}
              </Button>
            )}
            {request.status === 'draft' && (
              <DeleteButton
                confirm={t('access.request.deleteConfirm', { matter: request.matter })}
                onDelete={async () => {
                  await deleteDraftRequest(request.id);
                  onClose();
                }}
                done={t('access.request.deleted')}
                label={t('access.card.delete')}
              />
            )}
          </Space>
        )
      }
    >
      {request && ctx && (
        <div data-testid="request-card">
          <Typography.Title level={4}>
            {request.matter} <RequestStatusTag status={request.status} />
          </Typography.Title>
          <Typography.Paragraph type="secondary">
            {request.requestingUnit}
            {request.code && ` · ${request.code}`}
          </Typography.Paragraph>

          <Typography.Title level={5}>{t('access.card.checks')}</Typography.Title>
          <Typography.Paragraph type="secondary">{t('access.card.checksHelp')}</Typography.Paragraph>
          <CheckList results={results} />

          {request.redirectedTo && (
            <Typography.Paragraph data-testid="redirected">
              <Tag color="purple">{t('access.card.redirected')}</Tag>
              {t('access.redirect.summary', {
                kind: t(`access.redirect.${request.redirectedTo.kind}`),
                receiver: request.redirectedTo.receiver ?? '',
              })}
              {request.redirectedTo.note && ` — ${request.redirectedTo.note}`}
              {links &&
                links.assignments > 0 &&
                ` · ${t('access.card.assignments', { count: links.assignments })}`}
            </Typography.Paragraph>
          )}

          <Typography.Title level={5}>{t('access.card.details')}</Typography.Title>
          <Descriptions column={2} size="small" bordered>
            <Descriptions.Item label={t('access.request.street')}>
              {names.get(codeOfPath(request.orgPath))}
            </Descriptions.Item>
            <Descriptions.Item label={t('access.request.filedOn')}>{text(request.filedOn)}</Descriptions.Item>
            <Descriptions.Item label={t('access.request.basis')} span={2}>
              {text(request.basis)}
            </Descriptions.Item>
            <Descriptions.Item label={t('access.request.listItem')} span={2}>
              {listItem ? `${listItem.code} ${listItem.title}` : t('access.request.listItemNone')}
            </Descriptions.Item>
            <Descriptions.Item label={t('access.request.modes')} span={2}>
              {request.assistanceModes.map((m) => (
                <Tag key={m}>{t(`lists.mode.${m}`)}</Tag>
              ))}
              {(request.otherTasks ?? []).map((o) => (
                <Tag key={o} color="red">
                  {o}
                </Tag>
              ))}
            </Descriptions.Item>
            <Descriptions.Item label={t('access.request.communityResponsible')} span={2}>
              {request.communityResponsible ? (
                <Typography.Text type="danger">{t('access.card.yes')}</Typography.Text>
              ) : (
                t('access.card.no')
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('access.request.targetCommunities')} span={2}>
              {request.targetCommunities.map((c) => names.get(c) ?? c).join(t('common.separator')) || none}
            </Descriptions.Item>
            <Descriptions.Item label={t('access.request.period')}>
              {request.periodFrom ? `${request.periodFrom} ~ ${request.periodTo ?? ''}` : none}
            </Descriptions.Item>
            <Descriptions.Item label={t('access.request.frequency')}>
              {text(request.frequency)}
            </Descriptions.Item>
            <Descriptions.Item label={t('access.request.funding')}>{text(request.funding)}</Descriptions.Item>
            <Descriptions.Item label={t('access.request.staffing')}>
              {text(request.staffing)}
            </Descriptions.Item>
            <Descriptions.Item label={t('access.request.forms')} span={2}>
              {request.formsAndSystems.join(t('common.separator')) || none}
            </Descriptions.Item>
            <Descriptions.Item label={t('access.request.contact')} span={2}>
              {text(request.contact)}
            </Descriptions.Item>
            {links && links.complaints.length > 0 && (
              <Descriptions.Item label={t('access.card.complaints')} span={2}>
                {links.complaints
                  .map((c) => `${c.receivedOn} ${c.ticketNumber ?? ''} ${c.summary}`)
                  .join('；')}
              </Descriptions.Item>
            )}
          </Descriptions>

          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('access.card.history')}
          </Typography.Title>
          {request.history.length === 0 ? (
            none
          ) : (
            <Timeline
              items={request.history.map((s, i) => ({
                key: i,
                content: (
                  <>
                    <RequestStatusTag status={s.status} /> {shownUserName(s.by, t('app.localUser'))} ·{' '}
                    {new Date(s.at).toLocaleString()}
                    {s.reason && <div className="step-reason">{s.reason}</div>}
                  </>
                ),
              }))}
            />
          )}
        </div>
      )}
      {request && action && (
        <ActionForm
          requestId={request.id}
          action={action}
          failedChecks={failed.length}
          onClose={() => setAction(null)}
        />
      )}
      {request && redirecting && <RedirectForm request={request} onClose={() => setRedirecting(false)} />}
      {request && printing && (
        <DecisionNotice
          request={request}
          failed={failed.map(sentence)}
          streetName={names.get(codeOfPath(request.orgPath)) ?? ''}
          communityNames={request.targetCommunities.map((c) => names.get(c) ?? c)}
          onDone={() => setPrinting(false)}
        />
      )}
    </Drawer>
  );
}
