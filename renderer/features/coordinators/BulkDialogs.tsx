import { App, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { COORDINATOR_STATUSES, type CoordinatorStatus } from '@shared/model/coordinator';
import { db } from '../../db';
import { FormModal } from '../../app/components/FormModal';
import { runJob } from '../../app/jobs/job-store';
import { useSession } from '../../app/session';
import { setStatus, transferCoordinators, type BulkResult } from './coordinators-repository';
import { useRosterUi } from './roster-ui-store';
import { useStreetsIn } from './use-roster';
import { AssignmentForm } from './dispatch/AssignmentForm';

/** The dialog of the bulk action chosen in the selection bar. */
export function BulkDialogs() {
  const { bulk, openBulk } = useRosterUi();
  if (!bulk) return null;
  const close = () => openBulk(null);
  switch (bulk.action) {
    case 'status':
      return <StatusDialog ids={bulk.ids} onClose={close} />;
    case 'transfer':
      return <TransferDialog ids={bulk.ids} onClose={close} />;
    case 'assign':
      return <AssignmentForm target={{ mode: 'new', coordinatorIds: bulk.ids }} onClose={close} />;
  }
}

/** Reports a bulk result: what changed, and what was left alone and why. */
function useReport() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return (done: string, result: BulkResult) => {
    void message.success(done);
    if (result.skipped > 0) void message.warning(t('coordinators.bulk.skipped', { count: result.skipped }));
  };
}

function StatusDialog({ ids, onClose }: { ids: readonly string[]; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ status: CoordinatorStatus }>();
  const user = useSession((s) => s.user);
  const report = useReport();
  return (
    <FormModal<{ status: CoordinatorStatus }>
      form={form}
      title={t('coordinators.bulk.statusTitle', { count: ids.length })}
      onClose={onClose}
      onSubmit={async ({ status }) => {
        const result = await runJob(t('coordinators.bulk.running'), ({ signal, report: progress }) =>
          setStatus(db, user, ids, status, {
            signal,
            onProgress: (done, total) =>
              progress(done / total, t('coordinators.bulk.runningDetail', { done, total })),
          }),
        );
        report(
          t('coordinators.bulk.statusDone', {
            count: result.changed,
            status: t(`coordinators.status.${status}`),
          }),
          result,
        );
      }}
    >
      <Form.Item
        name="status"
        label={t('coordinators.bulk.statusLabel')}
        rules={[{ required: true, message: t('errors.coordinator.statusRequired') }]}
      >
        <Select
          options={COORDINATOR_STATUSES.map((s) => ({ value: s, label: t(`coordinators.status.${s}`) }))}
        />
      </Form.Item>
    </FormModal>
  );
}

interface TransferValues {
  toStreet: string;
  on: Dayjs;
  reason?: string;
}

function TransferDialog({ ids, onClose }: { ids: readonly string[]; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TransferValues>();
  const user = useSession((s) => s.user);
  const streets = useStreetsIn(user.scope);
  const report = useReport();
  return (
    <FormModal<TransferValues>
      form={form}
      title={t('coordinators.transfer.title', { count: ids.length })}
      initialValues={{ on: dayjs() }}
      onClose={onClose}
      onSubmit={async ({ toStreet, on, reason }) => {
        const result = await runJob(t('coordinators.bulk.running'), ({ signal, report: progress }) =>
          transferCoordinators(
            db,
            user,
            ids,
            { toStreet, on: on.format('YYYY-MM-DD'), reason: reason?.trim() || undefined },
            {
              signal,
              onProgress: (done, total) =>
                progress(done / total, t('coordinators.bulk.runningDetail', { done, total })),
            },
          ),
        );
        const name = streets?.find((s) => s.code === toStreet)?.name ?? toStreet;
        report(t('coordinators.transfer.done', { count: result.changed, street: name }), result);
      }}
    >
      <p>{t('coordinators.transfer.help')}</p>
      <Form.Item
        name="toStreet"
        label={t('coordinators.transfer.to')}
        rules={[{ required: true, message: t('errors.coordinator.streetRequired') }]}
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          options={(streets ?? []).map((s) => ({ value: s.code, label: `${s.districtName} ${s.name}` }))}
        />
      </Form.Item>
      <Form.Item
        name="on"
        label={t('coordinators.transfer.on')}
        rules={[{ required: true, message: t('errors.date.format') }]}
      >
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="reason" label={t('coordinators.transfer.reason')}>
        <Input maxLength={100} placeholder={t('coordinators.transfer.reasonPlaceholder')} />
      </Form.Item>
    </FormModal>
  );
}
