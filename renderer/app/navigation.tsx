import type { ReactNode } from 'react';
import {
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  CustomerServiceOutlined,
  DashboardOutlined,
  FlagOutlined,
  MessageOutlined,
  ClusterOutlined,
  HomeOutlined,
  ScheduleOutlined,
  SettingOutlined,
  SyncOutlined,
  TeamOutlined,
  TrophyOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';

/** Main navigation, in the order of the issue: 概览 … 设置. */
export type Section =
  | 'overview'
  | 'dashboard'
  | 'lists'
  | 'access'
  | 'coordinators'
  | 'dispatch'
  | 'places'
  | 'tickets'
  | 'whistles'
  | 'governance'
  | 'divisions'
  | 'assessment'
  | 'sync'
  | 'settings';

export interface NavItem {
  section: Section;
  path: string;
  icon: ReactNode;
  /** Its screens list data by scope, so the scope tree shows beside them. */
  scoped: boolean;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { section: 'overview', path: '/overview', icon: <DashboardOutlined />, scoped: true },
  { section: 'dashboard', path: '/dashboard', icon: <BarChartOutlined />, scoped: true },
  { section: 'lists', path: '/lists', icon: <UnorderedListOutlined />, scoped: false },
  { section: 'access', path: '/access', icon: <AuditOutlined />, scoped: true },
  { section: 'coordinators', path: '/coordinators', icon: <TeamOutlined />, scoped: true },
  { section: 'dispatch', path: '/dispatch', icon: <ScheduleOutlined />, scoped: true },
  { section: 'places', path: '/places', icon: <HomeOutlined />, scoped: true },
  { section: 'tickets', path: '/tickets', icon: <CustomerServiceOutlined />, scoped: true },
  { section: 'whistles', path: '/whistles', icon: <FlagOutlined />, scoped: true },
  { section: 'governance', path: '/governance', icon: <MessageOutlined />, scoped: true },
  { section: 'divisions', path: '/divisions', icon: <ClusterOutlined />, scoped: true },
  { section: 'assessment', path: '/assessment', icon: <TrophyOutlined />, scoped: true },
  { section: 'sync', path: '/sync', icon: <SyncOutlined />, scoped: false },
  { section: 'settings', path: '/settings', icon: <SettingOutlined />, scoped: false },
];

export const ORG_ICON = <ApartmentOutlined />;
