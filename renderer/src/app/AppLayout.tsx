import { Layout, Menu, Typography } from 'antd';
import { AlertOutlined, BarChartOutlined, FileTextOutlined, FormOutlined, SettingOutlined, SolutionOutlined, TableOutlined } from '@ant-design/icons';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useReferenceData } from './ReferenceData';

const MENU_ITEMS = [
  { key: '/register', icon: <FormOutlined />, label: '信访登记' },
  { key: '/ledger', icon: <TableOutlined />, label: '信访台账' },
  { key: '/board', icon: <AlertOutlined />, label: '督办台' },
  { key: '/my-cases', icon: <SolutionOutlined />, label: '我的案件' },
  { key: '/dashboard', icon: <BarChartOutlined />, label: '统计分析' },
  { key: '/reports', icon: <FileTextOutlined />, label: '季度报告' },
  { key: '/settings', icon: <SettingOutlined />, label: '设置' },
];

/** The menu entry a path belongs to: a petition's detail page is reached from the ledger. */
function selectedKey(pathname: string): string {
  if (pathname.startsWith('/petitions/')) return '/ledger';
  return MENU_ITEMS.find((item) => pathname.startsWith(item.key))?.key ?? '/register';
}

export function AppLayout() {
  const location = useLocation();
  const navigate = useNavigate();
  const { settings } = useReferenceData();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={200} theme="light" style={{ borderRight: '1px solid rgba(5,5,5,0.06)' }}>
        <div style={{ padding: '20px 16px 12px' }}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            信访工作台
          </Typography.Title>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {settings.orgName}
          </Typography.Text>
        </div>
        <nav aria-label="主菜单">
          <Menu
            mode="inline"
            items={MENU_ITEMS}
            selectedKeys={[selectedKey(location.pathname)]}
            onClick={({ key }) => navigate(key)}
            style={{ borderInlineEnd: 'none' }}
          />
        </nav>
      </Layout.Sider>
      {/* Layout.Content renders the page's one <main> landmark. */}
      <Layout.Content style={{ padding: 24, minWidth: 0 }}>
        <Outlet />
      </Layout.Content>
    </Layout>
  );
}
