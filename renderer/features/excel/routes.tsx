import type { RouteObject } from 'react-router';
import { ExcelPage } from './ExcelPage';

/** 数据导入 (issue 5): /excel. */
export const excelRoutes: RouteObject = {
  path: 'excel',
  element: <ExcelPage />,
};
