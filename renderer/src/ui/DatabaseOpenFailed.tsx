import { Alert } from 'antd';

/** Shown instead of the desk when IndexedDB cannot be opened (the session gate, the reference data). */
export function DatabaseOpenFailed({ error }: { error: string }) {
  return (
    <Alert
      type="error"
      showIcon
      style={{ margin: 48 }}
      title="无法打开本机数据库"
      description={`信访工作台的数据保存在本机浏览器数据库中，打开失败：${error}。请关闭其他已打开的信访工作台窗口后重试。`}
    />
  );
}
