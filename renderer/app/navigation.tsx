import type { ReactNode } from 'react';
import type { Role } from '@shared/auth/roles';
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

/**
 * Sections a role may open. A department (部门) signed in as itself holds only its calls, their
 * events and the org units that name them, so every other section would show empty screens or
 * offer writes the server refuses: it sees 吹哨报到 (its own calls), sync and settings. Every
 * other role sees all sections; their screens make what it may not write read-only.
 */
const DEPARTMENT_SECTIONS: readonly Section[] = ['whistles', 'sync', 'settings'];

export function navItemsFor(role: Role): readonly NavItem[] {
  return role === 'department' ? NAV_ITEMS.filter((i) => DEPARTMENT_SECTIONS.includes(i.section)) : NAV_ITEMS;
}

/** Where a role lands when it opens an address it has no section for (the start page included). */
export function homeFor(role: Role, pathname: string): string | undefined {
  if (role !== 'department') return undefined;
  return navItemsFor(role).some((i) => pathname.startsWith(i.path)) ? undefined : '/whistles';
}
