import { useEffect } from 'react';
import { App, Checkbox, Col, DatePicker, Divider, Form, Input, InputNumber, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { phoneRule } from '../../common/form-rules';
import type { CommunityWorker, Place, PlaceType, ServicePoint } from '@shared/model/place';
import { PLACE_TYPES } from '@shared/model/place';
import { MAX_PLACE_HOUSEHOLDS, MAX_PLACE_RESIDENTS, type PlaceInput } from '@shared/places/validate-place';
import { db } from '../../db';
import { readRecords } from '../../db/catalog';
import { useUiStore } from '../../app/ui-store';
import { FormModal } from '../../app/components/FormModal';
import { useCommunitiesInScope, useGrids } from '../../common/scope/use-org';
import { savePlace, suggestPlaceCode } from './places-repository';
import { usePlace } from './use-places';
import { communityCodeOf, gridCodeOf, upTo } from '@shared/org/paths';
import { ORG_DEPTH } from '@shared/model/org';

interface Values {
  type: PlaceType;
  code: string;
  name: string;
  address: string;
  communityCode?: string;
  gridCode?: string;
  parentId?: string;
  households: number;
  residents: number;
  head?: { name?: string; phone?: string; partyMember?: boolean; termStart?: Dayjs; termEnd?: Dayjs };
  workerId?: string;
  servicePointIds?: string[];
  demoYear?: number;
  lastVisitOn?: Dayjs;
  notes?: string;
}

const day = (d: Dayjs | undefined) => (d ? d.format('YYYY-MM-DD') : undefined);
const parseDay = (s: string | undefined) => (s ? dayjs(s) : undefined);

function toValues(place: Place): Values {
  return {
    type: place.type,
    code: place.code,
    name: place.name,
    address: place.address,
    communityCode: communityCodeOf(place.orgPath),
    gridCode: place.gridCode,
    parentId: place.parentId,
    households: place.households,
    residents: place.residents,
    head: place.head && {
      name: place.head.name,
      phone: place.head.phone,
      partyMember: place.head.partyMember,
      termStart: parseDay(place.head.termStart),
      termEnd: parseDay(place.head.termEnd),
    },
    workerId: place.workerId,
    servicePointIds: place.servicePointIds,
    demoYear: place.demoYear,
    lastVisitOn: parseDay(place.lastVisitOn),
    notes: place.notes,
  };
}

function toInput(v: Values): PlaceInput {
  return {
    type: v.type,
    code: v.code ?? '',
    name: v.name ?? '',
    address: v.address ?? '',
    communityCode: v.communityCode ?? '',
    gridCode: v.gridCode,
    parentId: v.parentId,
    households: v.households,
    residents: v.residents,
    head: v.head && { ...v.head, termStart: day(v.head.termStart), termEnd: day(v.head.termEnd) },
    workerId: v.workerId,
    servicePointIds: v.servicePointIds,
    demoYear: v.demoYear ?? undefined,
    lastVisitOn: day(v.lastVisitOn),
    notes: v.notes,
  };
}

/** Options that depend on the chosen community: its grids' buildings, workers and nearby service points. */
function useCommunityOptions(communityCode: string | undefined) {
  return useLiveQuery(async () => {
    if (!communityCode) return { buildings: [], workers: [], points: [] };
    const path = [communityCode.slice(0, 6), communityCode.slice(0, 9), communityCode].join('/');
    const streetPath = upTo(path, ORG_DEPTH.street);
    const [buildings, workers, points] = await Promise.all([
      readRecords<'places', Place>(db, 'places', path, (f) => f.type === 'building'),
      readRecords<'communityWorkers', CommunityWorker>(db, 'communityWorkers', path),
      // A health station may serve the neighbouring community: offer the whole street's points.
      readRecords<'servicePoints', ServicePoint>(db, 'servicePoints', streetPath),
    ]);
    return { buildings, workers, points };
  }, [communityCode]);
}

export function PlaceForm({
  target,
  onClose,
  onSaved,
}: {
  target: { mode: 'new' } | { mode: 'edit'; id: string };
  onClose(): void;
  onSaved(place: Place): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const scope = useUiStore((s) => s.scope);
  const existing = usePlace(target.mode === 'edit' ? target.id : null);
  // An edited place keeps its community; a new one picks among those in scope.
  const communityScope = existing ? upTo(existing.orgPath, ORG_DEPTH.community) : scope;
  const communities = useCommunitiesInScope(communityScope);
  const communityCode = Form.useWatch('communityCode', form);
  const type = Form.useWatch('type', form);
  const grids = useGrids(communityCode);
  const options = useCommunityOptions(communityCode);

  // A new place starts in the community (and grid) the user is looking at.
  const initial: Partial<Values> | undefined =
    target.mode === 'new'
      ? {
          type: 'building',
          communityCode: communityCodeOf(scope),
          gridCode: gridCodeOf(scope),
          households: 0,
          residents: 0,
          head: { partyMember: false },
        }
      : existing && toValues(existing);

  useEffect(() => {
    if (target.mode !== 'new' || !communityCode) return;
    let live = true;
    void suggestPlaceCode(communityCode).then((code) => {
      if (live && !form.isFieldTouched('code')) form.setFieldValue('code', code);
    });
    return () => {
      live = false;
    };
  }, [communityCode, form, target.mode]);

  if (target.mode === 'edit' && !existing) return null;
  const required = (field: string) => ({
    required: true,
    whitespace: true,
    message: t('common.required', { field }),
  });

  return (
    <FormModal<Values>
      form={form}
      width={760}
      initialValues={initial}
      title={
        target.mode === 'new'
          ? t('places.form.titleNew')
          : t('places.form.titleEdit', { name: existing?.name ?? '' })
      }
      onClose={onClose}
      onSubmit={async (values) => {
        const place = await savePlace(toInput(values), target.mode === 'edit' ? target.id : undefined);
        void message.success(t('places.form.saved', { name: place.name }));
        onSaved(place);
      }}
    >
      <Divider titlePlacement="start">{t('places.form.basics')}</Divider>
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item
            name="type"
            label={t('places.form.type')}
            rules={[{ required: true, message: t('errors.place.typeRequired') }]}
          >
            <Select options={PLACE_TYPES.map((v) => ({ value: v, label: t(`places.type.${v}`) }))} />
          </Form.Item>
        </Col>
        <Col span={16}>
          <Form.Item
            name="communityCode"
            label={t('places.form.community')}
            rules={[{ required: true, message: t('errors.place.communityRequired') }]}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('places.form.communityPlaceholder')}
              disabled={target.mode === 'edit'}
              options={(communities ?? []).map((c) => ({ value: c.code, label: c.name }))}
              onChange={() =>
                form.setFieldsValue({ gridCode: undefined, parentId: undefined, workerId: undefined })
              }
            />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item
            name="code"
            label={t('places.form.code')}
            extra={t('places.form.codeHelp')}
            rules={[required(t('places.form.code'))]}
          >
            <Input inputMode="numeric" maxLength={16} className="mono" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="name" label={t('places.form.name')} rules={[required(t('places.form.name'))]}>
            <Input maxLength={60} placeholder={t('places.form.namePlaceholder')} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="gridCode" label={t('places.form.grid')}>
            <Select allowClear options={(grids ?? []).map((g) => ({ value: g.code, label: g.name }))} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="address" label={t('places.form.address')} rules={[required(t('places.form.address'))]}>
        <Input maxLength={120} />
      </Form.Item>
      <Row gutter={12}>
        {type === 'gate' && (
          <Col span={12}>
            <Form.Item
              name="parentId"
              label={t('places.form.parent')}
              rules={[{ required: true, message: t('errors.place.gateNeedsParent') }]}
            >
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                options={(options?.buildings ?? []).map((b) => ({ value: b.id, label: b.name }))}
              />
            </Form.Item>
          </Col>
        )}
        <Col span={6}>
          <Form.Item
            name="households"
            label={t('places.form.households')}
            rules={[
              {
                required: true,
                type: 'integer',
                min: 0,
                max: MAX_PLACE_HOUSEHOLDS,
                message: t('common.integer', {
                  field: t('places.form.households'),
                  max: MAX_PLACE_HOUSEHOLDS,
                }),
              },
            ]}
          >
            <InputNumber min={0} max={MAX_PLACE_HOUSEHOLDS} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item
            name="residents"
            label={t('places.form.residents')}
            rules={[
              {
                required: true,
                type: 'integer',
                min: 0,
                max: MAX_PLACE_RESIDENTS,
                message: t('common.integer', { field: t('places.form.residents'), max: MAX_PLACE_RESIDENTS }),
              },
            ]}
          >
            <InputNumber min={0} max={MAX_PLACE_RESIDENTS} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>

      <Divider titlePlacement="start">{t('places.form.head')}</Divider>
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item name={['head', 'name']} label={t('places.form.headName')}>
            <Input maxLength={30} />
          </Form.Item>
        </Col>
        <Col span={10}>
          <Form.Item name={['head', 'phone']} label={t('places.form.headPhone')} rules={[phoneRule(t)]}>
            <Input inputMode="tel" maxLength={20} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name={['head', 'partyMember']} label=" " valuePropName="checked">
            <Checkbox>{t('places.form.partyMember')}</Checkbox>
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name={['head', 'termStart']} label={t('places.form.termStart')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name={['head', 'termEnd']} label={t('places.form.termEnd')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>

      <Divider />
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="workerId" label={t('places.form.worker')}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              options={(options?.workers ?? []).map((w) => ({
                value: w.id,
                label: t('common.withNote', { text: w.name, note: t(`places.workers.role.${w.role}`) }),
              }))}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="servicePointIds" label={t('places.form.servicePoints')}>
            <Select
              mode="multiple"
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              options={(options?.points ?? []).map((p) => ({
                value: p.id,
                label: `${t(`places.servicePoints.kind.${p.kind}`)}：${p.name}`,
              }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item name="demoYear" label={t('places.form.demoYear')}>
            <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="lastVisitOn" label={t('places.form.lastVisitOn')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="notes" label={t('places.form.notes')}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
