import { useState } from 'react';
import { App, Button, Form, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { BEIJING_DIVISIONS } from '@shared/org/beijing-divisions';
import { orgPathOfCode } from '@shared/org/codes';
import type { DemoScope } from '@shared/demo/generate';
import { db } from '../../db';
import { runJob } from '../../app/jobs/job-store';
import { isCancelled } from '@shared/cancel';
import { useUiStore } from '../../app/ui-store';
import { loadDemoData } from './demo-loader';
import { RefusedError } from '../../app/input-error';
import { translateDynamic } from '../../app/i18n';

/** 南磨房地区: home of 南新园社区, Beijing's largest community. */
export const DEFAULT_DEMO_STREET = '110105021';
export const DEMO_SEED = 20200101;

type Scale = 'street' | 'district' | 'city';

const STREETS = BEIJING_DIVISIONS.filter((d) => d.level === 'street');
const DISTRICT_NAMES = new Map(
  BEIJING_DIVISIONS.filter((d) => d.level === 'district').map((d) => [d.code, d.name]),
);

/** Picks a real street (or its district, or the city) and loads generated demo data into it. */
export function DemoLoadForm({ onLoaded }: { onLoaded?(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const setScope = useUiStore((s) => s.setScope);
  const [street, setStreet] = useState(DEFAULT_DEMO_STREET);
  const [scale, setScale] = useState<Scale>('street');
  const [busy, setBusy] = useState(false);

  const load = async () => {
    const scope: DemoScope =
      scale === 'street'
        ? { kind: 'street', code: street }
        : scale === 'district'
          ? { kind: 'district', code: street.slice(0, 6) }
          : { kind: 'city' };
    setBusy(true);
    try {
      const result = await runJob(t('welcome.loading'), ({ signal, report }) =>
        loadDemoData(
          db,
          { seed: DEMO_SEED, scope },
          {
            signal,
            onProgress: (p) =>
              report(
                p.communities / p.total,
                t('welcome.loadingDetail', { done: p.communities, total: p.total, places: p.places }),
              ),
          },
        ),
      );
      void message.success(t('welcome.loaded', { ...result }));
      setScope(scope.kind === 'city' ? '' : orgPathOfCode(scope.code));
      onLoaded?.();
      void navigate('/overview');
    } catch (error) {
      if (isCancelled(error)) void message.info(t('common.cancelled'));
      else if (error instanceof RefusedError) void message.error(translateDynamic(error.key, error.values));
      else
        void message.error(
          t('welcome.failed', { message: error instanceof Error ? error.message : String(error) }),
        );
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form layout="vertical">
      <Form.Item label={t('welcome.demoStreet')}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          value={street}
          onChange={setStreet}
          aria-label={t('welcome.demoStreet')}
          options={STREETS.map((s) => ({
            value: s.code,
            label: `${DISTRICT_NAMES.get(s.parentCode) ?? ''} ${s.name}`,
          }))}
        />
      </Form.Item>
      <Form.Item label={t('welcome.demoScale')}>
        <Radio.Group
          value={scale}
          onChange={(e) => setScale(e.target.value as Scale)}
          options={[
            { value: 'street', label: t('welcome.scaleStreet') },
            { value: 'district', label: t('welcome.scaleDistrict') },
            { value: 'city', label: t('welcome.scaleCity') },
          ]}
        />
      </Form.Item>
      <Button type="primary" onClick={load} loading={busy}>
        {t('welcome.load')}
      </Button>
    </Form>
  );
}
