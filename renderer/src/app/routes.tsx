import { createHashRouter } from 'react-router';
import { BoardPage } from '../features/board/BoardPage';
import { MyCasesPage } from '../features/board/MyCasesPage';
import { EmergencyPage } from '../features/emergency/EmergencyPage';
import { LedgerPage } from '../features/ledger/LedgerPage';
import { ActivitiesPage } from '../features/outreach/ActivitiesPage';
import { ActivityPage } from '../features/outreach/ActivityPage';
import { HelpsPage } from '../features/outreach/HelpsPage';
import { SuggestionsPage } from '../features/outreach/SuggestionsPage';
import { PetitionDetailPage } from '../features/petition/PetitionDetailPage';
import { RegistrationPage } from '../features/reception/RegistrationPage';
import { ReportPage } from '../features/report/ReportPage';
import { RiskLedgerPage } from '../features/risk/RiskLedgerPage';
import { RiskWarningsPage } from '../features/risk/RiskWarningsPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { AppLayout } from './AppLayout';
import { RouteError } from './RouteError';
import { HomeRedirect, RequirePermission } from './session/RequirePermission';

/**
 * Hash routes, so the same build works from file:// inside Electron and from the web server. Each group of pages
 * sits under the permission it needs (app/session/pageAccess.ts lists the same for the menu).
 */
export const router = createHashRouter([
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <HomeRedirect /> },
      {
        element: <RequirePermission permission="records.register" />,
        children: [{ path: 'register', element: <RegistrationPage /> }],
      },
      {
        element: <RequirePermission permission="records.view" />,
        children: [
          { path: 'ledger', element: <LedgerPage /> },
          { path: 'board', element: <BoardPage /> },
          { path: 'my-cases', element: <MyCasesPage /> },
          { path: 'petitions/:id', element: <PetitionDetailPage /> },
        ],
      },
      {
        element: <RequirePermission permission="risks.view" />,
        children: [
          { path: 'risks', element: <RiskLedgerPage /> },
          { path: 'emergencies', element: <EmergencyPage /> },
          { path: 'risk-warnings', element: <RiskWarningsPage /> },
        ],
      },
      {
        element: <RequirePermission permission="outreach.view" />,
        children: [
          { path: 'outreach', element: <ActivitiesPage /> },
          { path: 'outreach/:id', element: <ActivityPage /> },
          { path: 'suggestions', element: <SuggestionsPage /> },
          { path: 'helps', element: <HelpsPage /> },
        ],
      },
      {
        element: <RequirePermission permission="statistics.view" />,
        children: [
          // Loaded on first visit: echarts then lives in the dashboard's own chunk, not in the app's start-up bundle.
          {
            path: 'dashboard',
            lazy: async () => ({ Component: (await import('../features/dashboard/DashboardPage')).DashboardPage }),
          },
          { path: 'reports', element: <ReportPage /> },
        ],
      },
      {
        element: <RequirePermission permission="audit.view" />,
        children: [
          { path: 'audit', lazy: async () => ({ Component: (await import('../features/audit/AuditPage')).AuditPage }) },
        ],
      },
      {
        element: <RequirePermission permission="settings.manage" />,
        children: [{ path: 'settings', element: <SettingsPage /> }],
      },
      { path: '*', element: <HomeRedirect /> },
    ],
  },
]);
