import { Button, Result } from 'antd';
import { Navigate, Outlet, useNavigate } from 'react-router';
import { can, ROLE_LABELS, type Permission } from '../../domain/access/roles';
import { refusalMessage } from '../../db/session';
import { homePath } from './pageAccess';
import { useSession } from '../../services/session/SessionContext';

/**
 * The routes below it, when the signed-in role may use them; otherwise 无权访问 with the reason (a typed URL, an old
 * link). The repositories refuse the same anyway: this only spares the clerk a page of errors.
 */
export function RequirePermission({ permission }: { permission: Permission }) {
  const { actor } = useSession();
  const navigate = useNavigate();
  if (can(actor.role, permission)) return <Outlet />;
  const home = homePath(actor.role);
  return (
    <Result
      status="403"
      title="无权访问"
      subTitle={`${refusalMessage(actor.role, permission)}。如需使用此页面，请联系管理员调整账号角色。`}
      extra={
        home && (
          <Button type="primary" onClick={() => navigate(home)}>
            返回首页
          </Button>
        )
      }
    />
  );
}

/** The desk's first page for the signed-in role (the index route, and any unknown address). */
export function HomeRedirect() {
  const { actor } = useSession();
  const home = homePath(actor.role);
  if (home) return <Navigate to={home} replace />;
  return (
    <Result
      status="403"
      title="无权访问"
      subTitle={`当前账号（${ROLE_LABELS[actor.role]}）没有可以使用的页面，请联系管理员。`}
    />
  );
}
