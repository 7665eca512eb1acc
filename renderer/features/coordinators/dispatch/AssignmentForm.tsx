import { useState } from 'react';
import { Alert, App, Col, DatePicker, Form, Input, Radio, Row, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { SHIFTS, WORK_SOURCES, type Shift, type WorkSource } from '@shared/model/coordinator';
import {
  TARGET_KINDS,
  targetKindOf,
  type AssignmentTargetKind,
} from '@shared/coordinators/validate-assignment';
import { shiftHoursLabel } from '@shared/coordinators/shifts';
import { monthRange, weekOf, addDays } from '@shared/coordinators/days';
import { orgPathOfCode } from '@shared/org/codes';
import { db } from '../../../db';
import { FormModal } from '../../../app/components/FormModal';
import { useSession } from '../../../app/session';
import { useUiStore } from '../../../app/ui-store';
import { useCommunitiesInScope, useGrids } from '../../../common/scope/use-org';
import { searchPlaces } from '../../places';
import { findCoordinators, NO_FILTER } from '../roster-search';
import { useStreetsIn } from '../use-roster';
import { localToday } from '../../../common/dates';
import { formClashes, saveAssignments } from './assignments-repository';
import { unitCodesFor, whereLabel } from './where';
import { communityCodeOf, gridCodeOf, streetCodeOf } from '@shared/org/paths';

export type AssignmentFormTarget =
  | {
      mode: 'new';
      coordinatorIds?: readonly string[];
      communityCode?: string;
      gridCode?: string;
      date?: string;
      /** Work that came from elsewhere: a 12345 ticket at its place, say. */
      placeId?: string;
      task?: string;
      source?: WorkSource;
      sourceRef?: string;
    }
  | { mode: 'edit'; id: string };

interface Values {
  coordinatorIds: string[];
  kind: AssignmentTargetKind;
  streetCode?: string;
  communityCode?: string;
  gridCode?: string;
  placeId?: string;
  task?: string;
  shift: Shift;
  period: [Dayjs, Dayjs];
  source: WorkSource;
  sourceRef?: string;
  notes?: string;
}

/** Search results offered when picking coordinators by name; a longer list needs more letters. */
const PICK_LIMIT = 50;

/** Coordinators of a street matching what was typed, as options (name · category). */
function useCoordinatorOptions(streetCode: string | undefined, query: string, chosen: readonly string[]) {
  return useLiveQuery(async () => {
    const scope = streetCode ? orgPathOfCode(streetCode) : '';
    const found =
      query.trim() && streetCode
        ? (await findCoordinators(db, scope, { ...NO_FILTER, query })).slice(0, PICK_LIMIT)
        : [];
    const ids = [...new Set([...chosen, ...found])];
    const [rows, categories] = await Promise.all([
      db.coordinators.bulkGet(ids),
      db.coordinatorCategories.toArray(),
    ]);
    const category = new Map(categories.map((c) => [c.id, c.name]));
    return rows
      .filter((r) => r !== undefined)
      .map((r) => ({ value: r.id, label: `${r.name} · ${category.get(r.categoryId) ?? ''}` }));
  }, [streetCode, query, chosen.join(',')]);
}

/** 楼门院 of a community matching what was typed, as options. */
function usePlaceOptions(communityCode: string | undefined, query: string, chosen: string | undefined) {
  return useLiveQuery(async () => {
    if (!communityCode) return [];
    const found = query.trim()
      ? (await searchPlaces(db, orgPathOfCode(communityCode), query, PICK_LIMIT)).ids
      : [];
    const rows = await db.places.bulkGet([...new Set([...(chosen ? [chosen] : []), ...found])]);
    return rows.filter((p) => p !== undefined).map((p) => ({ value: p.id, label: p.name }));
  }, [communityCode, query, chosen]);
}

/**
 * Assigns one or many coordinators to a street, community, grid, 楼门院 or task, for a shift and
 * a period, saying where the work came from. Clashes with their other bookings are shown
 * while the form is filled; they do not stop the save (the board keeps flagging them).
 */
export function AssignmentForm({ target, onClose }: { target: AssignmentFormTarget; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const user = useSession((s) => s.user);
  const scope = useUiStore((s) => s.scope);
  const today = localToday();
  const [coordinatorQuery, setCoordinatorQuery] = useState('');
  const [placeQuery, setPlaceQuery] = useState('');
  const existing = useLiveQuery(
    () => (target.mode === 'edit' ? db.assignments.get(target.id) : undefined),
    [target],
  );
  const presetIds =
    target.mode === 'new' ? (target.coordinatorIds ?? []) : existing ? [existing.coordinatorId] : [];
  const firstPerson = useLiveQuery(
    () => (presetIds[0] ? db.coordinators.get(presetIds[0]) : undefined),
    [presetIds[0]],
  );

  const values = Form.useWatch([], form) as Partial<Values> | undefined;
  const streetCode = values?.streetCode;
  const communityCode = values?.communityCode;
  const streets = useStreetsIn(user.scope);
  const communities = useCommunitiesInScope(streetCode ? orgPathOfCode(streetCode) : '\uffff');
  const grids = useGrids(communityCode);
  const coordinatorOptions = useCoordinatorOptions(
    streetCode,
    coordinatorQuery,
    values?.coordinatorIds ?? presetIds,
  );
  const placeOptions = usePlaceOptions(communityCode, placeQuery, values?.placeId);
  const period = values?.period;
  const clashes = useLiveQuery(
    () =>
      period?.[0] && period[1] && values?.shift
        ? formClashes(
            db,
            { shift: values.shift, from: period[0].format('YYYY-MM-DD'), to: period[1].format('YYYY-MM-DD') },
            values.coordinatorIds ?? presetIds,
            existing?.id,
          )
        : [],
    [
      values?.shift,
      period?.[0]?.valueOf(),
      period?.[1]?.valueOf(),
      (values?.coordinatorIds ?? presetIds).join(','),
    ],
  );
  const names = useLiveQuery(async () => {
    const ids = [...new Set((clashes ?? []).flatMap((c) => [c.coordinatorId, ...unitCodesFor(c.other)]))];
    const [people, units] = await Promise.all([
      db.coordinators.bulkGet(ids),
      db.orgUnits.where('code').anyOf(ids).toArray(),
    ]);
    const map = new Map<string, string>();
    for (const p of people) if (p) map.set(p.id, p.name);
    for (const u of units) map.set(u.code, u.name);
    return map;
  }, [clashes]);

  if (target.mode === 'edit' && !existing) return null;
  if (target.mode === 'new' && presetIds.length > 0 && firstPerson === undefined) return null;

  const initial: Partial<Values> = existing
    ? {
        coordinatorIds: [existing.coordinatorId],
        kind: targetKindOf(existing),
        streetCode: streetCodeOf(existing.orgPath),
        communityCode: communityCodeOf(existing.orgPath),
        gridCode: gridCodeOf(existing.orgPath),
        placeId: existing.placeId,
        task: existing.task,
        shift: existing.shift,
        period: [dayjs(existing.from), dayjs(existing.to)],
        source: existing.source,
        sourceRef: existing.sourceRef,
        notes: existing.notes,
      }
    : {
        coordinatorIds: [...presetIds],
        kind:
          target.mode === 'new' && target.placeId
            ? 'place'
            : target.mode === 'new' && target.gridCode
              ? 'grid'
              : 'community',
        streetCode:
          firstPerson?.homeStreet ??
          (target.mode === 'new' && target.communityCode
            ? streetCodeOf(orgPathOfCode(target.communityCode))
            : undefined) ??
          streetCodeOf(scope),
        communityCode: (target.mode === 'new' && target.communityCode) || communityCodeOf(scope),
        gridCode: (target.mode === 'new' && target.gridCode) || gridCodeOf(scope),
        shift: 'morning',
        period: weekPeriod(target.mode === 'new' && target.date ? target.date : today),
        source: (target.mode === 'new' && target.source) || 'patrol',
        ...(target.mode === 'new' && {
          placeId: target.placeId,
          task: target.task,
          sourceRef: target.sourceRef,
        }),
      };
  const kind = values?.kind ?? initial.kind;
  const source = values?.source ?? initial.source;
  const bulk = target.mode === 'new' && presetIds.length > 1;
  const week = weekOf(today);
  const month = monthRange(today.slice(0, 7));

  return (
    <FormModal<Values>
      form={form}
      width={760}
      initialValues={initial}
      title={
        existing
          ? t('dispatch.form.titleEdit')
          : bulk
            ? t('dispatch.form.titleBulk', { count: presetIds.length })
            : t('dispatch.form.titleNew')
      }
      onClose={onClose}
      onSubmit={async (v) => {
        const unitCode =
          v.kind === 'street'
            ? v.streetCode
            : v.kind === 'community' || v.kind === 'place'
              ? v.communityCode
              : v.kind === 'grid'
                ? v.gridCode
                : (v.gridCode ?? v.communityCode ?? v.streetCode);
        const saved = await saveAssignments(
          db,
          user,
          {
            coordinatorIds: v.coordinatorIds ?? [],
            kind: v.kind,
            unitCode: unitCode ?? '',
            placeId: v.placeId,
            task: v.task,
            shift: v.shift,
            from: v.period?.[0]?.format('YYYY-MM-DD') ?? '',
            to: v.period?.[1]?.format('YYYY-MM-DD') ?? '',
            source: v.source,
            sourceRef: v.sourceRef,
            notes: v.notes,
          },
          existing?.id,
        );
        void message.success(t('dispatch.form.saved', { count: saved.length }));
      }}
    >
      <Row gutter={12}>
        <Col span={10}>
          <Form.Item name="streetCode" label={t('dispatch.form.street')}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              disabled={existing !== undefined}
              options={(streets ?? []).map((s) => ({ value: s.code, label: `${s.districtName} ${s.name}` }))}
              onChange={() =>
                form.setFieldsValue({ communityCode: undefined, gridCode: undefined, placeId: undefined })
              }
            />
          </Form.Item>
        </Col>
        <Col span={14}>
          {bulk ? (
            <Form.Item label={t('dispatch.form.coordinators')}>
              <Typography.Text strong>
                {t('dispatch.form.bulkCoordinators', { count: presetIds.length })}
              </Typography.Text>
              <Form.Item name="coordinatorIds" hidden>
                <Select mode="multiple" />
              </Form.Item>
            </Form.Item>
          ) : (
            <Form.Item
              name="coordinatorIds"
              label={t('dispatch.form.coordinators')}
              rules={[{ required: true, message: t('errors.dispatch.coordinatorRequired') }]}
            >
              <Select
                mode="multiple"
                disabled={existing !== undefined}
                placeholder={t('dispatch.form.coordinatorsPlaceholder')}
                showSearch={{ onSearch: setCoordinatorQuery, filterOption: false }}
                options={coordinatorOptions ?? []}
                aria-label={t('dispatch.form.coordinators')}
              />
            </Form.Item>
          )}
        </Col>
      </Row>
      <Form.Item name="kind" label={t('dispatch.form.kind')}>
        <Radio.Group
          optionType="button"
          options={TARGET_KINDS.map((k) => ({ value: k, label: t(`dispatch.kind.${k}`) }))}
        />
      </Form.Item>
      <Row gutter={12}>
        {kind !== 'street' && (
          <Col span={8}>
            <Form.Item
              name="communityCode"
              label={t('dispatch.form.community')}
              rules={[{ required: kind !== 'task', message: t('errors.dispatch.whereRequired') }]}
            >
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                allowClear={kind === 'task'}
                options={(communities ?? []).map((c) => ({ value: c.code, label: c.name }))}
                onChange={() => form.setFieldsValue({ gridCode: undefined, placeId: undefined })}
              />
            </Form.Item>
          </Col>
        )}
        {(kind === 'grid' || kind === 'task') && (
          <Col span={8}>
            <Form.Item
              name="gridCode"
              label={t('dispatch.form.grid')}
              rules={[{ required: kind === 'grid', message: t('errors.dispatch.gridRequired') }]}
            >
              <Select
                allowClear={kind === 'task'}
                options={(grids ?? []).map((g) => ({ value: g.code, label: g.name }))}
              />
            </Form.Item>
          </Col>
        )}
        {kind === 'place' && (
          <Col span={16}>
            <Form.Item
              name="placeId"
              label={t('dispatch.form.place')}
              rules={[{ required: true, message: t('errors.dispatch.placeRequired') }]}
            >
              <Select
                placeholder={t('dispatch.form.placePlaceholder')}
                showSearch={{ onSearch: setPlaceQuery, filterOption: false }}
                options={placeOptions ?? []}
              />
            </Form.Item>
          </Col>
        )}
        {kind === 'task' && (
          <Col span={8}>
            <Form.Item
              name="task"
              label={t('dispatch.form.task')}
              rules={[{ required: true, whitespace: true, message: t('errors.dispatch.taskRequired') }]}
            >
              <Input maxLength={60} placeholder={t('dispatch.form.taskPlaceholder')} />
            </Form.Item>
          </Col>
        )}
      </Row>
      <Form.Item name="shift" label={t('dispatch.form.shift')}>
        <Radio.Group
          optionType="button"
          options={SHIFTS.map((s) => ({
            value: s,
            label: `${t(`dispatch.shift.${s}`)} ${shiftHoursLabel(s)}`,
          }))}
        />
      </Form.Item>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item
            name="period"
            label={t('dispatch.form.period')}
            rules={[{ required: true, message: t('errors.date.format') }]}
          >
            <DatePicker.RangePicker
              style={{ width: '100%' }}
              presets={[
                { label: t('dispatch.form.thisWeek'), value: [dayjs(week[0]), dayjs(week[6])] },
                {
                  label: t('dispatch.form.nextWeek'),
                  value: [dayjs(addDays(week[0]!, 7)), dayjs(addDays(week[6]!, 7))],
                },
                { label: t('dispatch.form.thisMonth'), value: [dayjs(month.from), dayjs(month.to)] },
              ]}
            />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="source" label={t('dispatch.form.source')}>
            <Select options={WORK_SOURCES.map((s) => ({ value: s, label: t(`dispatch.source.${s}`) }))} />
          </Form.Item>
        </Col>
        {source && source !== 'patrol' && (
          <Col span={6}>
            <Form.Item
              name="sourceRef"
              label={t(`dispatch.sourceRef.${source}`)}
              rules={[
                {
                  required: true,
                  whitespace: true,
                  message: t(`errors.dispatch.sourceRefRequired.${source}`),
                },
              ]}
            >
              <Input maxLength={40} />
            </Form.Item>
          </Col>
        )}
      </Row>
      <Form.Item name="notes" label={t('dispatch.form.notes')}>
        <Input maxLength={200} />
      </Form.Item>
      {clashes && clashes.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="form-clashes"
          title={t('dispatch.form.clashes')}
          description={
            <ul className="clash-list">
              {clashes.slice(0, 8).map((c) => (
                <li key={`${c.coordinatorId}-${c.other.id}`}>
                  {t('dispatch.form.clashEntry', {
                    name: names?.get(c.coordinatorId) ?? '',
                    where: names ? whereLabel(c.other, names) : '',
                    shift: t(`dispatch.shift.${c.other.shift}`),
                    from: c.other.from,
                    to: c.other.to,
                  })}
                </li>
              ))}
            </ul>
          }
        />
      )}
    </FormModal>
  );
}

/** The week (Monday to Sunday) holding a day, as the period picker's value. */
function weekPeriod(day: string): [Dayjs, Dayjs] {
  const week = weekOf(day);
  return [dayjs(week[0]), dayjs(week[6])];
}
