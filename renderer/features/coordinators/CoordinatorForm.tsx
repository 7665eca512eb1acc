import { App, Col, DatePicker, Form, Input, Row, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { phoneRule } from '../../common/form-rules';
import { COORDINATOR_STATUSES, type Coordinator, type CoordinatorStatus } from '@shared/model/coordinator';
import { checkResidentId } from '@shared/coordinators/resident-id';
import { MAX_NOTES_LENGTH, MAX_SKILLS } from '@shared/coordinators/validate-coordinator';
import { maskPhone, maskResidentId } from '@shared/validation/mask';
import { db } from '../../db';
import { FormModal } from '../../app/components/FormModal';
import { useSession } from '../../app/session';
import { saveCoordinator } from './coordinators-repository';
import { useCategories, useDepartments, useRosterScope, useStreetsIn } from './use-roster';
import { localToday } from '../../common/dates';
import type { CoordinatorFormTarget } from './roster-ui-store';
import { streetCodeOf } from '@shared/org/paths';

interface Values {
  name: string;
  residentId?: string;
  mobile?: string;
  categoryId: string;
  departmentId: string;
  homeStreet: string;
  status: CoordinatorStatus;
  hiredOn?: Dayjs;
  skills?: string[];
  notes?: string;
}

/**
 * Adds or edits a coordinator. An edit never puts the stored ID or phone into the form — that
 * would show them in full without a trace — so both start empty and stay as they are unless
 * a new one is typed.
 */
export function CoordinatorForm({
  target,
  onClose,
  onSaved,
}: {
  target: CoordinatorFormTarget;
  onClose(): void;
  onSaved(coordinator: Coordinator): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const user = useSession((s) => s.user);
  const rosterScope = useRosterScope();
  const today = localToday();
  const existing = useLiveQuery(
    () => (target.mode === 'edit' ? db.coordinators.get(target.id) : undefined),
    [target],
  );
  const categories = useCategories();
  const departments = useDepartments();
  const streets = useStreetsIn(user.scope);
  const typedId = Form.useWatch('residentId', form);
  if (target.mode === 'edit' && !existing) return null;

  const idCheck = typedId ? checkResidentId(typedId, today) : undefined;
  const initial: Partial<Values> = existing
    ? {
        name: existing.name,
        categoryId: existing.categoryId,
        departmentId: existing.departmentId,
        homeStreet: existing.homeStreet,
        status: existing.status,
        hiredOn: existing.hiredOn ? dayjs(existing.hiredOn) : undefined,
        skills: existing.skills,
        notes: existing.notes,
      }
    : { status: 'active', homeStreet: streetCodeOf(rosterScope), skills: [] };
  const gender = idCheck?.ok ? idCheck.gender : existing?.gender;

  return (
    <FormModal<Values>
      form={form}
      width={720}
      initialValues={initial}
      title={
        existing ? t('coordinators.form.titleEdit', { name: existing.name }) : t('coordinators.form.titleNew')
      }
      onClose={onClose}
      onSubmit={async (v) => {
        const saved = await saveCoordinator(
          db,
          user,
          { ...v, hiredOn: v.hiredOn?.format('YYYY-MM-DD'), skills: v.skills ?? [] },
          today,
          existing?.id,
        );
        void message.success(t('coordinators.form.saved', { name: saved.name }));
        onSaved(saved);
      }}
    >
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item
            name="name"
            label={t('coordinators.form.name')}
            rules={[{ required: true, whitespace: true, message: t('errors.coordinator.nameRequired') }]}
          >
            <Input maxLength={30} />
          </Form.Item>
        </Col>
        <Col span={10}>
          <Form.Item
            name="residentId"
            label={t('coordinators.form.residentId')}
            extra={
              idCheck?.ok && idCheck.legacy15
                ? t('coordinators.form.residentIdLegacy', { id: idCheck.id })
                : existing &&
                  t('coordinators.form.residentIdKeep', { masked: maskResidentId(existing.residentId) })
            }
            rules={[
              { required: !existing, message: t('errors.coordinator.residentId.required') },
              {
                validator: async (_, value: string | undefined) => {
                  if (!value) return;
                  const checked = checkResidentId(value, today);
                  if (!checked.ok) throw new Error(t(`errors.${checked.issue}`));
                },
              },
            ]}
          >
            <Input className="mono" maxLength={22} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item label={t('coordinators.form.gender')} extra={t('coordinators.form.genderFromId')}>
            <Typography.Text>{gender ? t(`coordinators.gender.${gender}`) : '—'}</Typography.Text>
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={10}>
          <Form.Item
            name="mobile"
            label={t('coordinators.form.mobile')}
            extra={
              existing?.mobile && t('coordinators.form.mobileKeep', { masked: maskPhone(existing.mobile) })
            }
            rules={[phoneRule(t)]}
          >
            <Input inputMode="tel" maxLength={20} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col span={7}>
          <Form.Item name="status" label={t('coordinators.form.status')} rules={[{ required: true }]}>
            <Select
              options={COORDINATOR_STATUSES.map((s) => ({ value: s, label: t(`coordinators.status.${s}`) }))}
            />
          </Form.Item>
        </Col>
        <Col span={7}>
          <Form.Item name="hiredOn" label={t('coordinators.form.hiredOn')}>
            <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item
            name="categoryId"
            label={t('coordinators.form.category')}
            rules={[{ required: true, message: t('errors.coordinator.categoryRequired') }]}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={(categories ?? []).map((c) => ({ value: c.id, label: c.name }))}
              onChange={(id: string) => {
                const category = categories?.find((c) => c.id === id);
                if (category) form.setFieldValue('departmentId', category.departmentId);
              }}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="departmentId"
            label={t('coordinators.form.department')}
            extra={t('coordinators.form.departmentHelp')}
            rules={[{ required: true, message: t('errors.coordinator.departmentRequired') }]}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={(departments ?? []).map((d) => ({ value: d.id, label: d.name }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="homeStreet"
        label={t('coordinators.form.street')}
        rules={[{ required: true, message: t('errors.coordinator.streetRequired') }]}
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          // Moving someone is a transfer, which keeps the history; the card offers it.
          disabled={existing !== undefined}
          options={(streets ?? []).map((s) => ({ value: s.code, label: `${s.districtName} ${s.name}` }))}
        />
      </Form.Item>
      <Form.Item name="skills" label={t('coordinators.form.skills')}>
        <Select
          mode="tags"
          maxCount={MAX_SKILLS}
          placeholder={t('coordinators.form.skillsPlaceholder')}
          open={false}
        />
      </Form.Item>
      <Form.Item name="notes" label={t('coordinators.form.notes')}>
        <Input.TextArea rows={2} maxLength={MAX_NOTES_LENGTH} />
      </Form.Item>
    </FormModal>
  );
}
