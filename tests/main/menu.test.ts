import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuTemplate } from '../../electron/main/menu';

function allItems(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? allItems(item.submenu) : [])]);
}
const labels = (items: MenuItemConstructorOptions[]) => allItems(items).map((item) => item.label);
const chinese = /^[\u4e00-\u9fff]+$/;

describe('application menu', () => {
  it.each([
    ['Windows or Linux', false],
    ['macOS', true],
  ])('on %s every item has a Chinese label', (_platform, isMac) => {
    const items = allItems(menuTemplate({ isMac, isPackaged: false })).filter((item) => item.type !== 'separator');
    expect(items.length).toBeGreaterThan(10);
    for (const item of items) expect(item.label, `role ${item.role}`).toMatch(chinese);
  });

  it('has the five top-level menus in order, with 退出 under 文件 on Windows and Linux', () => {
    const template = menuTemplate({ isMac: false, isPackaged: true });
    expect(template.map((menu) => menu.label)).toEqual(['文件', '编辑', '视图', '窗口', '帮助']);
    expect(labels(template)).toEqual(
      expect.arrayContaining([
        '退出',
        '撤销',
        '重做',
        '剪切',
        '复制',
        '粘贴',
        '全选',
        '重新加载',
        '实际大小',
        '放大',
        '缩小',
        '切换全屏',
        '关于信访工作台',
      ]),
    );
    const quit = allItems(template).find((item) => item.role === 'quit');
    expect(quit?.label).toBe('退出');
  });

  it('shows 开发者工具 while developing and hides it in the packaged app', () => {
    expect(labels(menuTemplate({ isMac: false, isPackaged: false }))).toContain('开发者工具');
    expect(labels(menuTemplate({ isMac: false, isPackaged: true }))).not.toContain('开发者工具');
    expect(
      allItems(menuTemplate({ isMac: true, isPackaged: true })).some((item) => item.role === 'toggleDevTools'),
    ).toBe(false);
  });

  it('on macOS starts with the app menu and keeps 退出 there', () => {
    const template = menuTemplate({ isMac: true, isPackaged: true });
    expect(template[0]?.label).toBe('信访工作台');
    expect(labels(template[0]?.submenu as MenuItemConstructorOptions[])).toContain('退出信访工作台');
  });
});
