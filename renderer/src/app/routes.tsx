import { createHashRouter, Navigate } from 'react-router';
import { BoardPage } from '../features/board/BoardPage';
import { MyCasesPage } from '../features/board/MyCasesPage';
import { LedgerPage } from '../features/ledger/LedgerPage';
import { PetitionDetailPage } from '../features/petition/PetitionDetailPage';
import { RegistrationPage } from '../features/reception/RegistrationPage';
import { ReportPage } from '../features/report/ReportPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { AppLayout } from './AppLayout';
import { RouteError } from './RouteError';

/** Hash routes, so the same build works from file:// inside Electron and from the web server. */
export const router = createHashRouter([
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <Navigate to="/register" replace /> },
      { path: 'register', element: <RegistrationPage /> },
      { path: 'ledger', element: <LedgerPage /> },
      { path: 'board', element: <BoardPage /> },
      { path: 'my-cases', element: <MyCasesPage /> },
      // Loaded on first visit: echarts then lives in the dashboard's own chunk, not in the app's start-up bundle.
      { path: 'dashboard', lazy: async () => ({ Component: (await import('../features/dashboard/DashboardPage')).DashboardPage }) },
      { path: 'petitions/:id', element: <PetitionDetailPage /> },
      { path: 'reports', element: <ReportPage /> },
      { path: 'settings', element: <SettingsPage /> },
      { path: '*', element: <Navigate to="/register" replace /> },
    ],
  },
]);
