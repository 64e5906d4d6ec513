import {
  AlertOutlined,
  AuditOutlined,
  BarChartOutlined,
  BulbOutlined,
  FileTextOutlined,
  HeartOutlined,
  FormOutlined,
  RadarChartOutlined,
  SafetyOutlined,
  SettingOutlined,
  SolutionOutlined,
  TableOutlined,
  TeamOutlined,
  ThunderboltOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import { can, type Permission, type Role } from '../../domain/access/roles';

/** A page of the main menu and the permission (domain/access/roles.ts) it needs; the menu lists them in this order. */
export interface DeskPage {
  path: string;
  label: string;
  icon: ReactNode;
  permission: Permission;
}

export const DESK_PAGES: readonly DeskPage[] = [
  { path: '/register', label: '信访登记', icon: <FormOutlined />, permission: 'records.register' },
  { path: '/ledger', label: '信访台账', icon: <TableOutlined />, permission: 'records.view' },
  { path: '/board', label: '督办台', icon: <AlertOutlined />, permission: 'records.view' },
  { path: '/my-cases', label: '我的案件', icon: <SolutionOutlined />, permission: 'records.view' },
  { path: '/risks', label: '排查台账', icon: <SafetyOutlined />, permission: 'risks.view' },
  { path: '/emergencies', label: '突发事件', icon: <ThunderboltOutlined />, permission: 'risks.view' },
  { path: '/risk-warnings', label: '研判预警', icon: <RadarChartOutlined />, permission: 'risks.view' },
  { path: '/dashboard', label: '统计分析', icon: <BarChartOutlined />, permission: 'statistics.view' },
  { path: '/reports', label: '季度报告', icon: <FileTextOutlined />, permission: 'statistics.view' },
  // After the statistics: a 党支部书记 still opens on 统计分析 (homePath).
  { path: '/outreach', label: '走访座谈', icon: <TeamOutlined />, permission: 'outreach.view' },
  { path: '/suggestions', label: '意见建议', icon: <BulbOutlined />, permission: 'outreach.view' },
  { path: '/helps', label: '帮扶救助', icon: <HeartOutlined />, permission: 'outreach.view' },
  { path: '/audit', label: '审计日志', icon: <AuditOutlined />, permission: 'audit.view' },
  { path: '/settings', label: '设置', icon: <SettingOutlined />, permission: 'settings.manage' },
];

/** The menu a role sees: only the pages the role table lets it use. */
export function pagesFor(role: Role): DeskPage[] {
  return DESK_PAGES.filter((page) => can(role, page.permission));
}

/** Where the desk opens for a role: its first page (the 审计员's is the audit trail). */
export function homePath(role: Role): string | null {
  return pagesFor(role)[0]?.path ?? null;
}
