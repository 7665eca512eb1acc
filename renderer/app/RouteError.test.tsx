import { renderToString } from 'react-dom/server.node';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  createStaticHandler,
  createStaticRouter,
  Outlet,
  StaticRouterProvider,
  type RouteObject,
} from 'react-router';
// The page modules reach for the host bridge on `window` when loaded; there is none here.
vi.hoisted(() => vi.stubGlobal('window', {}));

import { i18next, initI18n } from './i18n';
import { withErrorScreen } from './RouteError';
import { appRoutes } from './routes';

/**
 * The unit tests run without a DOM (no jsdom in the project), and React catches render errors
 * in error boundaries only on the client. The router's static rendering shows the same
 * errorElement for a route that failed while loading, so the failure is raised there.
 */
const routes = [
  {
    path: '/',
    element: (
      <div>
        <nav>layout</nav>
        <Outlet />
      </div>
    ),
    children: [
      withErrorScreen([
        { path: 'fine', element: <p>fine page</p> },
        {
          path: 'broken',
          loader: () => {
            throw new Error('a live query failed');
          },
          element: <p>never shown</p>,
        },
      ]),
    ],
  },
];

async function render(path: string): Promise<string> {
  const handler = createStaticHandler(routes);
  const context = await handler.query(new Request(`http://desk.invalid${path}`));
  if (context instanceof Response) throw new Error('unexpected redirect');
  const router = createStaticRouter(handler.dataRoutes, context);
  return renderToString(<StaticRouterProvider router={router} context={context} hydrate={false} />);
}

afterAll(() => vi.unstubAllGlobals());

describe('a page that fails', () => {
  beforeAll(async () => {
    await initI18n('zh-CN');
  });

  it('shows the translated error screen inside the layout, with a way home and a reload', async () => {
    await i18next.changeLanguage('zh-CN');
    const html = await render('/broken');
    expect(html).toContain('layout');
    expect(html).not.toContain('never shown');
    expect(html).toContain('ant-result-error');
    expect(html).toContain('这一页出错了');
    expect(html).toContain('返回概览');
    expect(html).toContain('重新加载');
    // Not react-router's developer screen.
    expect(html).not.toContain('Unexpected Application Error');

    await i18next.changeLanguage('en');
    const en = await render('/broken');
    expect(en).toContain('This page ran into an error');
    expect(en).toContain('Back to overview');
    expect(en).toContain('Reload');
  });

  it('leaves the pages that work alone', async () => {
    const html = await render('/fine');
    expect(html).toContain('fine page');
    expect(html).not.toContain('ant-result-error');
  });
});

describe('the app’s routes', () => {
  it('put every page under the error screen, inside the layout', () => {
    const unguarded: string[] = [];
    const walk = (route: RouteObject, guarded: boolean, at: string) => {
      const here = route.path ? `${at}/${route.path}` : at;
      if (route.element && !guarded) unguarded.push(here || '(index)');
      for (const child of route.children ?? []) walk(child, guarded || !!route.errorElement, here);
    };
    const [layout] = appRoutes;
    expect(layout?.errorElement).toBeDefined();
    for (const page of layout?.children ?? []) walk(page, false, '');
    expect(unguarded).toEqual([]);
  });
});
