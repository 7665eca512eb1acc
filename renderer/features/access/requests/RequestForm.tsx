import {
  App,
  AutoComplete,
  Button,
  Checkbox,
  Col,
  DatePicker,
  Divider,
  Form,
  Input,
  Row,
  Select,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ASSISTANCE_MODES, type AccessRequest } from '@shared/model/lists';
import {
  NEEDED_FOR_REVIEW,
  type AccessRequestInput,
  type NeededForReview,
} from '@shared/access/validate-request';
import { codeOfPath } from '@shared/org/codes';
import { useUiStore } from '../../../app/ui-store';
import { FormModal } from '../../../app/components/FormModal';
import { fromDay, toDay } from '../../../common/dates';
import { saveRequest } from '../access-repository';
import type { RequestFormTarget } from '../access-ui-store';
import {
  useDepartmentNames,
  usePublishedTaskList,
  useRequest,
  useStreetCommunities,
  useStreetsForScope,
  useSystems,
} from '../use-access';
import { communityCodeOf } from '@shared/org/paths';

interface Values extends Omit<AccessRequestInput, 'periodFrom' | 'periodTo' | 'filedOn'> {
  period?: [Dayjs | null, Dayjs | null] | null;
  filedOn?: Dayjs;
}

function toValues(r: AccessRequest): Values {
  return {
    ...r,
    streetCode: codeOfPath(r.orgPath),
    period: r.periodFrom ? [fromDay(r.periodFrom) ?? null, fromDay(r.periodTo) ?? null] : null,
    filedOn: fromDay(r.filedOn),
  };
}

/** The form's name of a field review needs (the period's start is the range picker's). */
const FORM_NAME: Record<NeededForReview, keyof Values> = {
  basis: 'basis',
  targetCommunities: 'targetCommunities',
  assistanceModes: 'assistanceModes',
  periodFrom: 'period',
  filedOn: 'filedOn',
  contact: 'contact',
};
const NEEDED = new Set<keyof Values>(NEEDED_FOR_REVIEW.map((f) => FORM_NAME[f]));

function toInput(v: Values): AccessRequestInput {
  return {
    ...v,
    streetCode: v.streetCode ?? '',
    requestingUnit: v.requestingUnit ?? '',
    matter: v.matter ?? '',
    periodFrom: toDay(v.period?.[0]),
    periodTo: toDay(v.period?.[1]),
    filedOn: toDay(v.filedOn),
  };
}

/** The written request of a department or office, as DOMAIN.md lists its contents. */
export function RequestForm({
  target,
  onClose,
  onSaved,
}: {
  target: RequestFormTarget;
  onClose(): void;
  onSaved(request: AccessRequest): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const scope = useUiStore((s) => s.scope);
  const existing = useRequest(target.mode === 'edit' ? target.id : null);
  const streets = useStreetsForScope(existing ? existing.orgPath : scope);
  const streetCode = Form.useWatch('streetCode', form);
  const street = streets?.find((s) => s.code === streetCode);
  const communities = useStreetCommunities(street?.orgPath);
  // Before a street is chosen, every registered name is offered.
  const systems = useSystems(street?.orgPath ?? '');
  const taskList = usePublishedTaskList();
  const departments = useDepartmentNames();
  const missing = target.mode === 'edit' ? target.missing : undefined;
  /** What review needs is marked on the form itself; a draft may still be saved without it. */
  const neededMark = (name: keyof Values) =>
    NEEDED.has(name) ? { required: true, tooltip: t('access.request.neededForReviewHint') } : {};

  // The street is preset from the scope, so the form opens once the streets are known.
  if (!streets || (target.mode === 'edit' && !existing)) return null;
  const initial: Partial<Values> = existing
    ? toValues(existing)
    : {
        streetCode: streets.length === 1 ? streets[0]!.code : undefined,
        assistanceModes: [],
        targetCommunities: [communityCodeOf(scope)].filter((c): c is string => !!c),
        filedOn: dayjs(),
        communityResponsible: false,
      };

  return (
    <FormModal<Values>
      form={form}
      width={880}
      initialValues={initial}
      title={
        existing ? t('access.request.titleEdit', { matter: existing.matter }) : t('access.request.titleNew')
      }
      onClose={onClose}
      openWithErrors={missing?.map((f) => ({
        name: FORM_NAME[f as NeededForReview] ?? f,
        error: t('errors.access.request.neededForReview'),
      }))}
      onSubmit={async (v) => {
        const saved = await saveRequest(toInput(v), existing?.id);
        void message.success(t('access.request.saved'));
        onSaved(saved);
      }}
    >
      <Divider titlePlacement="start">{t('access.request.sections.what')}</Divider>
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item
            name="streetCode"
            label={t('access.request.street')}
            rules={[{ required: true, message: t('errors.access.street') }]}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              disabled={!!existing}
              options={streets.map((s) => ({ value: s.code, label: s.name }))}
              onChange={() => form.setFieldsValue({ targetCommunities: [] })}
            />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item
            name="requestingUnit"
            label={t('access.request.requestingUnit')}
            rules={[{ required: true, whitespace: true, message: t('errors.access.request.unitRequired') }]}
          >
            <AutoComplete options={departments.map((d) => ({ value: d }))} filterOption maxLength={60} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="code" label={t('access.request.code')}>
            <Input maxLength={40} placeholder={t('access.request.codePlaceholder')} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="matter"
        label={t('access.request.matter')}
        rules={[{ required: true, whitespace: true, message: t('errors.access.request.matterRequired') }]}
      >
        <Input maxLength={120} />
      </Form.Item>
      <Form.Item name="basis" {...neededMark('basis')} label={t('access.request.basis')}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={500} />
      </Form.Item>
      <Form.Item
        name="listItemId"
        label={t('access.request.listItem')}
        extra={
          taskList?.edition
            ? t('access.request.listItemHelp', { edition: taskList.edition.name })
            : t('access.request.noTaskList')
        }
      >
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('access.request.listItemNone')}
          options={(taskList?.items ?? []).map((i) => ({ value: i.id, label: `${i.code} ${i.title}` }))}
        />
      </Form.Item>

      <Divider titlePlacement="start">{t('access.request.sections.how')}</Divider>
      <Form.Item name="assistanceModes" {...neededMark('assistanceModes')} label={t('access.request.modes')}>
        <Checkbox.Group options={ASSISTANCE_MODES.map((m) => ({ value: m, label: t(`lists.mode.${m}`) }))} />
      </Form.Item>
      <Form.Item
        name="otherTasks"
        label={t('access.request.otherTasks')}
        extra={t('access.request.otherTasksHelp')}
      >
        <Select mode="tags" open={false} suffixIcon={null} aria-label={t('access.request.otherTasks')} />
      </Form.Item>
      <Form.Item name="communityResponsible" valuePropName="checked">
        <Checkbox>{t('access.request.communityResponsible')}</Checkbox>
      </Form.Item>
      <Form.Item label={t('access.request.targetCommunities')} {...neededMark('targetCommunities')}>
        <div className="inline-field">
          <Form.Item name="targetCommunities" noStyle>
            <Select
              mode="multiple"
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              aria-label={t('access.request.targetCommunities')}
              options={(communities ?? []).map((c) => ({ value: c.code, label: c.name }))}
            />
          </Form.Item>
          <Button
            onClick={() =>
              form.setFieldValue(
                'targetCommunities',
                (communities ?? []).map((c) => c.code),
              )
            }
            disabled={!communities?.length}
          >
            {t('access.request.allCommunities')}
          </Button>
        </div>
      </Form.Item>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="period" {...neededMark('period')} label={t('access.request.period')}>
            <DatePicker.RangePicker style={{ width: '100%' }} allowEmpty={[false, true]} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="frequency" label={t('access.request.frequency')}>
            <Input maxLength={30} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="filedOn" {...neededMark('filedOn')} label={t('access.request.filedOn')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>

      <Divider titlePlacement="start">{t('access.request.sections.conditions')}</Divider>
      <Typography.Paragraph type="secondary">{t('access.request.conditionsHelp')}</Typography.Paragraph>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="funding" label={t('access.request.funding')}>
            <Input maxLength={120} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="staffing" label={t('access.request.staffing')}>
            <Input maxLength={120} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="formsAndSystems"
        label={t('access.request.forms')}
        extra={t('access.request.formsHelp')}
      >
        <Select
          mode="tags"
          aria-label={t('access.request.forms')}
          options={[...new Set((systems ?? []).map((s) => s.name))].map((n) => ({ value: n, label: n }))}
        />
      </Form.Item>
      <Form.Item name="contact" {...neededMark('contact')} label={t('access.request.contact')}>
        <Input maxLength={60} />
      </Form.Item>
    </FormModal>
  );
}
