import type { ReactNode } from 'react';
import {
  ApartmentOutlined,
  AuditOutlined,
  CustomerServiceOutlined,
  DashboardOutlined,
  HomeOutlined,
  ScheduleOutlined,
  SettingOutlined,
  SyncOutlined,
  TeamOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';

/** Main navigation, in the order of the issue: 概览 … 设置. */
export type Section =
  'overview' | 'lists' | 'access' | 'coordinators' | 'dispatch' | 'places' | 'tickets' | 'sync' | 'settings';

export interface NavItem {
  section: Section;
  path: string;
  icon: ReactNode;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { section: 'overview', path: '/overview', icon: <DashboardOutlined /> },
  { section: 'lists', path: '/lists', icon: <UnorderedListOutlined /> },
  { section: 'access', path: '/access', icon: <AuditOutlined /> },
  { section: 'coordinators', path: '/coordinators', icon: <TeamOutlined /> },
  { section: 'dispatch', path: '/dispatch', icon: <ScheduleOutlined /> },
  { section: 'places', path: '/places', icon: <HomeOutlined /> },
  { section: 'tickets', path: '/tickets', icon: <CustomerServiceOutlined /> },
  { section: 'sync', path: '/sync', icon: <SyncOutlined /> },
  { section: 'settings', path: '/settings', icon: <SettingOutlined /> },
];

/** Sections that are not built yet show a plain notice instead of a screen. */
export const NOT_BUILT: readonly Exclude<Section, 'overview' | 'places' | 'settings'>[] = [
  'lists',
  'access',
  'coordinators',
  'dispatch',
  'tickets',
  'sync',
];

export const ORG_ICON = <ApartmentOutlined />;
