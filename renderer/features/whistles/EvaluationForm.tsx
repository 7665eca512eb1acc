import { Form, Input, Rate } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WhistleCall } from '@shared/model/whistle';
import { db } from '../../db';
import { useSession } from '../../app/session';
import { FormModal } from '../../app/components/FormModal';
import { evaluate } from './whistles-repository';

interface Values {
  timeliness: number;
  attitude: number;
  result: number;
  note?: string;
}

const MARKS = ['timeliness', 'attitude', 'result'] as const;

/** The street's 评价 of a department on one event: timeliness, attitude and result, 1–5 each. */
export function EvaluationForm({
  call,
  name,
  onClose,
}: {
  call: WhistleCall;
  name: string;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const user = useSession((s) => s.user);
  return (
    <FormModal<Values>
      title={t('whistles.dialog.evaluateTitle', { name })}
      form={form}
      initialValues={call.evaluation ?? { timeliness: 5, attitude: 5, result: 5 }}
      onClose={onClose}
      onSubmit={(v) => evaluate(db, call.id, v, user)}
    >
      {MARKS.map((mark) => (
        <Form.Item
          key={mark}
          name={mark}
          label={t(`whistles.dialog.${mark}`)}
          rules={[
            { required: true, type: 'integer', min: 1, max: 5, message: t('errors.whistles.scoreRange') },
          ]}
        >
          <Rate allowClear={false} aria-label={t(`whistles.dialog.${mark}`)} />
        </Form.Item>
      ))}
      <Form.Item name="note" label={t('whistles.dialog.note')}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
