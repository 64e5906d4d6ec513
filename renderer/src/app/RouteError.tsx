import { Button, Result } from 'antd';
import { isRouteErrorResponse, useRouteError } from 'react-router';

/** Shown instead of a blank window when a page throws while rendering. */
export function RouteError() {
  const error = useRouteError();
  const detail = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : String(error);
  return (
    <Result
      status="error"
      title="页面出现错误"
      subTitle={detail}
      extra={
        // The index route sends each role to its own first page.
        <Button type="primary" onClick={() => window.location.assign('#/')}>
          返回首页
        </Button>
      }
    />
  );
}
