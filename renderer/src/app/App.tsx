import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { RouterProvider } from 'react-router';
import { ReferenceDataProvider } from '../services/ReferenceData';
import { QuitBackupNotice } from '../features/settings/QuitBackupNotice';
import { router } from './routes';
import { IdleWatch } from './session/IdleWatch';
import { SessionGate } from './session/SessionGate';
import './app.css';

dayjs.locale('zh-cn');

const THEME = {
  token: {
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif",
  },
};

export function App() {
  return (
    <ConfigProvider locale={zhCN} theme={THEME} button={{ autoInsertSpace: false }}>
      <AntApp>
        <QuitBackupNotice />
        {/* Above the reference data: nothing is read before someone has signed in. */}
        <SessionGate>
          <ReferenceDataProvider>
            <IdleWatch />
            <RouterProvider router={router} />
          </ReferenceDataProvider>
        </SessionGate>
      </AntApp>
    </ConfigProvider>
  );
}
