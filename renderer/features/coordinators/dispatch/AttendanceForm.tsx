import { App, Button, Form, InputNumber, Radio, Select } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import {
  ATTENDANCE_MARKS,
  type Attendance,
  type AttendanceMark,
  type Coordinator,
} from '@shared/model/coordinator';
import { db } from '../../../db';
import { FormModal } from '../../../app/components/FormModal';
import { useSession } from '../../../app/session';
import { localToday } from '../../../common/dates';
import { clearAttendance, saveAttendance } from './attendance-repository';

interface Values {
  mark: AttendanceMark;
  coveredCoordinatorId?: string;
  reports?: number;
  handledInTime?: number;
}

/** Records one coordinator's day: 出勤, 请假, 顶岗 (for whom), 缺勤, and what they found and handled. */
export function AttendanceForm({
  coordinator,
  date,
  record,
  colleaguesOff,
  onClose,
}: {
  coordinator: Coordinator;
  date: string;
  record?: Attendance;
  /** Colleagues of the street on leave or absent that day: whom a 顶岗 may cover. */
  colleaguesOff: readonly Attendance[];
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const user = useSession((s) => s.user);
  const mark = Form.useWatch('mark', form) ?? record?.mark ?? 'present';
  const names = useLiveQuery(async () => {
    const people = await db.coordinators.bulkGet(colleaguesOff.map((r) => r.coordinatorId));
    return people.filter((p): p is Coordinator => !!p);
  }, [colleaguesOff]);
  const worked = mark === 'present' || mark === 'cover';

  return (
    <FormModal<Values>
      form={form}
      width={480}
      title={t('dispatch.attendance.formTitle', { name: coordinator.name, date })}
      initialValues={{
        mark: record?.mark ?? 'present',
        coveredCoordinatorId: record?.coveredCoordinatorId,
        reports: record?.reports ?? 0,
        handledInTime: record?.handledInTime ?? 0,
      }}
      onClose={onClose}
      onSubmit={async (v) => {
        await saveAttendance(db, user, { coordinatorId: coordinator.id, date, ...v }, localToday());
        void message.success(t('dispatch.attendance.saved'));
      }}
    >
      <Form.Item
        name="mark"
        rules={[{ required: true, message: t('errors.dispatch.attendanceMarkRequired') }]}
      >
        <Radio.Group
          optionType="button"
          options={ATTENDANCE_MARKS.map((m) => ({ value: m, label: t(`dispatch.attendance.mark.${m}`) }))}
        />
      </Form.Item>
      {mark === 'cover' && (
        <Form.Item
          name="coveredCoordinatorId"
          label={t('dispatch.attendance.covered')}
          rules={[{ required: true, message: t('errors.dispatch.coveredRequired') }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('dispatch.attendance.coveredPlaceholder')}
            options={(names ?? []).map((c) => ({ value: c.id, label: c.name }))}
          />
        </Form.Item>
      )}
      {worked && (
        <>
          <Form.Item name="reports" label={t('dispatch.attendance.reports')}>
            <InputNumber min={0} max={99} precision={0} />
          </Form.Item>
          <Form.Item name="handledInTime" label={t('dispatch.attendance.handledInTime')}>
            <InputNumber min={0} max={99} precision={0} />
          </Form.Item>
        </>
      )}
      {record && (
        <Button
          danger
          type="link"
          onClick={async () => {
            await clearAttendance(db, user, record.id);
            onClose();
          }}
        >
          {t('dispatch.attendance.clear')}
        </Button>
      )}
    </FormModal>
  );
}
