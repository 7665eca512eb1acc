import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, type RouteObject } from 'react-router';

/**
 * Shown instead of a page that failed (a live query that throws, a broken record): the
 * default react-router screen is English developer text and offers no way back.
 */
export function RouteError() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Result
      status="error"
      title={t('routeError.title')}
      subTitle={t('routeError.body')}
      extra={[
        <Button key="home" type="primary" onClick={() => void navigate('/')}>
          {t('routeError.home')}
        </Button>,
        <Button key="reload" onClick={() => window.location.reload()}>
          {t('routeError.reload')}
        </Button>,
      ]}
    />
  );
}

/**
 * The pages, under a route that catches their errors: the failed page is replaced inside the
 * layout, so the navigation stays usable and leaving the page clears the error.
 */
export function withErrorScreen(pages: RouteObject[]): RouteObject {
  return { errorElement: <RouteError />, children: pages };
}
