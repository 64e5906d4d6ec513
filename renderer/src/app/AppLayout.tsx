import { Layout, Menu, Typography } from 'antd';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useReferenceData } from '../services/ReferenceData';
import { pagesFor } from './session/pageAccess';
import { useSession } from '../services/session/SessionContext';
import { UserMenu } from './session/UserMenu';
import { StorageFullBanner } from './StorageFullBanner';

/** The menu entry a path belongs to: a petition's detail page is reached from the ledger. */
function selectedKey(pathname: string, keys: readonly string[]): string | undefined {
  if (pathname.startsWith('/petitions/')) return '/ledger';
  return keys.find((key) => pathname.startsWith(key));
}

export function AppLayout() {
  const location = useLocation();
  const navigate = useNavigate();
  const { settings } = useReferenceData();
  const { actor } = useSession();
  // Only the pages the role may use: the rest would answer 无权访问 (and the repositories refuse them anyway).
  const items = pagesFor(actor.role).map(({ path, label, icon }) => ({ key: path, label, icon }));
  const selected = selectedKey(
    location.pathname,
    items.map((item) => item.key),
  );
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
            items={items}
            selectedKeys={selected ? [selected] : []}
            onClick={({ key }) => navigate(key)}
            style={{ borderInlineEnd: 'none' }}
          />
        </nav>
      </Layout.Sider>
      <Layout style={{ minWidth: 0 }}>
        <Layout.Header
          style={{
            height: 48,
            lineHeight: '48px',
            padding: '0 16px',
            background: 'transparent',
            display: 'flex',
            justifyContent: 'flex-end',
            alignItems: 'center',
          }}
        >
          <UserMenu />
        </Layout.Header>
        <StorageFullBanner />
        {/* Layout.Content renders the page's one <main> landmark. */}
        <Layout.Content style={{ padding: '0 24px 24px', minWidth: 0 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
