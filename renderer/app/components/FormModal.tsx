import { storableValues } from '@shared/validation/text';
import { useState, type ReactNode } from 'react';
import { App, Form, Modal, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { InputError, RefusedError } from '../input-error';
import { translateDynamic } from '../i18n';

interface Props<V> {
  title: ReactNode;
  form: FormInstance<V>;
  initialValues?: Partial<V>;
  /** Saves; an InputError is shown on its field, a RefusedError as its reason, any other error above the form. */
  onSubmit(values: V): Promise<void>;
  onClose(): void;
  width?: number;
  /** Errors to show at their fields once the form is open (a step elsewhere found them). */
  openWithErrors?: readonly { name: string; error: string }[];
  children: ReactNode;
}

/**
 * The one way forms are edited here: validation on the fields, nothing typed lost when a
 * save fails, and a question before closing a form with unsaved changes.
 */
export function FormModal<V>({
  title,
  form,
  initialValues,
  onSubmit,
  onClose,
  width = 560,
  openWithErrors,
  children,
}: Props<V>) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    let values: V;
    try {
      // A pasted NUL or broken surrogate would make the change unsyncable: never store one.
      values = storableValues(await form.validateFields());
    } catch {
      return; // antd shows the messages on the fields
    }
    setSaving(true);
    try {
      await onSubmit(values);
      onClose();
    } catch (error) {
      if (error instanceof InputError) {
        // i18next keys are checked at compile time; these come from validators at run time.
        const fields = error.problems.map((p) => ({
          // `members.2.name`: a list's rows are keyed by number, so an index segment becomes one.
          name: p.field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)) as never,
          errors: [translateDynamic(p.key, p.values)],
        }));
        form.setFields(fields);
        if (fields[0]) form.scrollToField(fields[0].name);
      } else if (error instanceof RefusedError) {
        // A refusal is a reason the user can act on, in their language, not a failure.
        void message.error(translateDynamic(error.key, error.values));
      } else {
        void message.error(
          t('common.saveFailed', { message: error instanceof Error ? error.message : String(error) }),
        );
      }
    } finally {
      setSaving(false);
    }
  };

  const cancel = () => {
    if (!form.isFieldsTouched()) return onClose();
    modal.confirm({
      title: t('common.discardTitle'),
      content: t('common.discardBody'),
      okText: t('common.discard'),
      okButtonProps: { danger: true },
      cancelText: t('common.keepEditing'),
      onOk: onClose,
    });
  };

  return (
    <Modal
      open
      title={title}
      width={width}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={submit}
      onCancel={cancel}
      maskClosable={false}
      afterOpenChange={(open) => {
        // Fields exist only once the modal has opened; errors set earlier would be lost.
        if (!open || !openWithErrors?.length) return;
        form.setFields(openWithErrors.map((e) => ({ name: e.name as never, errors: [e.error] })));
        form.scrollToField(openWithErrors[0]!.name as never);
      }}
    >
      <Form form={form} layout="vertical" initialValues={initialValues} onFinish={submit} scrollToFirstError>
        {children}
      </Form>
    </Modal>
  );
}
