import { Button, Layout, Menu, Segmented, Tooltip, Typography } from 'antd';
import { MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Language } from '@shared/desktop-api';
import { homeFor, navItemsFor } from './navigation';
import { useSession } from './session';
import { useUiStore } from './ui-store';
import { ScopePanel } from '../features/scope';
import { ScopeBreadcrumb } from '../features/scope';
import { JobProgress } from './jobs/JobProgress';
import { useFirstLaunch } from '../features/welcome';
import { WelcomePage } from '../features/welcome';
import { HeaderStatus } from '../features/sync';

const { Header, Sider, Content } = Layout;

export function AppLayout() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const { language, setLanguage, navCollapsed, setNavCollapsed, scopePanelOpen, toggleScopePanel } =
    useUiStore();
  const firstLaunch = useFirstLaunch();
  const role = useSession((s) => s.user.role);
  const navItems = navItemsFor(role);
  const home = homeFor(role, location.pathname);
  // Pages outside the navigation (/excel, reached from Settings) highlight no item.
  const selected = navItems.find((item) => location.pathname.startsWith(item.path))?.section;
  const onScopedPage = navItems.some((item) => item.scoped && location.pathname.startsWith(item.path));
  // On an empty database the data pages offer the ways to start instead; settings and the rest stay reachable.
  const welcome =
    firstLaunch === true && ['/overview', '/places'].some((p) => location.pathname.startsWith(p));
  // A department's list is all of its own calls: there is no scope to pick.
  const scoped = onScopedPage && firstLaunch === false && role !== 'department';

  return (
    <Layout style={{ height: '100vh' }}>
      <Sider
        collapsible
        collapsed={navCollapsed}
        onCollapse={setNavCollapsed}
        // English labels (Access review, Coordinators) are longer than their Chinese ones.
        width={language === 'en' ? 196 : 168}
        theme="light"
        trigger={null}
      >
        <div className="app-brand" title={`${t('app.name')} ${t('app.subtitle')}`}>
          <span className="app-brand-mark">街</span>
          {!navCollapsed && <span className="app-brand-name">{t('app.name')}</span>}
        </div>
        <Menu
          mode="inline"
          style={{ borderInlineEnd: 'none' }}
          selectedKeys={selected ? [selected] : []}
          items={navItems.map((item) => ({
            key: item.section,
            icon: item.icon,
            label: t(`nav.${item.section}`),
          }))}
          onClick={({ key }) => navigate(navItems.find((i) => i.section === key)!.path)}
        />
      </Sider>
      <Layout>
        <Header className="app-header">
          <Button
            type="text"
            aria-label={navCollapsed ? t('app.expandNav') : t('app.collapseNav')}
            icon={navCollapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
            onClick={() => setNavCollapsed(!navCollapsed)}
          />
          <div className="app-header-scope">
            <Typography.Text type="secondary">{t('scope.currentLabel')}</Typography.Text>
            <ScopeBreadcrumb />
          </div>
          <HeaderStatus />
          <Tooltip title={t('app.language')}>
            <Segmented<Language>
              size="small"
              value={language}
              onChange={setLanguage}
              options={[
                { label: '中文', value: 'zh-CN' },
                { label: 'EN', value: 'en' },
              ]}
            />
          </Tooltip>
        </Header>
        <Layout>
          {scoped && (
            <Sider
              width={280}
              collapsedWidth={0}
              collapsed={!scopePanelOpen}
              theme="light"
              className="scope-sider"
              trigger={null}
            >
              <ScopePanel onCollapse={toggleScopePanel} />
            </Sider>
          )}
          <Content className="app-content">
            {scoped && !scopePanelOpen && (
              <Button size="small" className="scope-reopen" onClick={toggleScopePanel}>
                {t('scope.expand')}
              </Button>
            )}
            {home ? (
              <Navigate to={home} replace />
            ) : welcome ? (
              <WelcomePage />
            ) : (
              firstLaunch !== undefined && <Outlet />
            )}
          </Content>
        </Layout>
      </Layout>
      <JobProgress />
    </Layout>
  );
}
