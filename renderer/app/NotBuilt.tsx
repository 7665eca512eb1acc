import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import type { NotBuiltSection } from './navigation';

export function NotBuilt({ section }: { section: NotBuiltSection }) {
  const { t } = useTranslation();
  return (
    <Result
      status="info"
      title={t('notBuilt.title', { section: t(`nav.${section}`) })}
      subTitle={
        <>
          <p>{t('notBuilt.body')}</p>
          <p>{t(`notBuilt.plans.${section}`)}</p>
        </>
      }
    />
  );
}
