import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { REPORT_FORMS, type ReportForm, type WhistleCall } from '@shared/model/whistle';
import { db } from '../../db';
import { useSession } from '../../app/session';
import { FormModal } from '../../app/components/FormModal';
import { fromBeijingWallClock, toBeijingWallClock } from '../../common/dates';
import { recordAction, recordArrival, reply } from './whistles-repository';

export type CallStep = 'arrive' | 'act' | 'answer';

interface Values {
  arrivedAt?: Dayjs;
  people?: string;
  form?: ReportForm;
  action?: string;
  reply?: string;
}

/** One step of a summoned department: its 报到, what it did, or its answer to the evaluation. */
export function CallDialog({
  call,
  name,
  step,
  onClose,
}: {
  call: WhistleCall;
  name: string;
  step: CallStep;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const user = useSession((s) => s.user);
  const title = {
    arrive: t('whistles.dialog.arriveTitle', { name }),
    act: t('whistles.dialog.actTitle', { name }),
    // The street enters the answer only for a department without its own login (代录): said in the title.
    answer:
      user.role === 'department'
        ? t('whistles.dialog.replyTitle', { name })
        : t('whistles.dialog.replyOnBehalfTitle', { name }),
  }[step];
  return (
    <FormModal<Values>
      title={title}
      form={form}
      initialValues={
        step === 'arrive'
          ? { arrivedAt: toBeijingWallClock(new Date().toISOString()), form: 'enforcement' }
          : { action: call.action, reply: call.reply?.text }
      }
      onClose={onClose}
      onSubmit={async (v) => {
        if (step === 'arrive')
          await recordArrival(db, call.id, {
            arrivedAt: fromBeijingWallClock(v.arrivedAt!),
            people: v.people,
            form: v.form,
          });
        else if (step === 'act') await recordAction(db, call.id, v.action ?? '', user);
        else await reply(db, call.id, v.reply ?? '', user);
      }}
    >
      {step === 'arrive' ? (
        <>
          <Form.Item name="arrivedAt" label={t('whistles.dialog.arrivedAt')} rules={[{ required: true }]}>
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
          </Form.Item>
          <Form.Item name="people" label={t('whistles.dialog.people')}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="form" label={t('whistles.dialog.form')}>
            <Select options={REPORT_FORMS.map((f) => ({ value: f, label: t(`whistles.form.${f}`) }))} />
          </Form.Item>
        </>
      ) : (
        <Form.Item
          name={step === 'act' ? 'action' : 'reply'}
          label={step === 'act' ? t('whistles.dialog.action') : t('whistles.dialog.reply')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t(step === 'act' ? 'errors.whistles.actionRequired' : 'errors.whistles.replyRequired'),
            },
          ]}
        >
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      )}
    </FormModal>
  );
}
