import type { MenuItemConstructorOptions } from 'electron';

export interface MenuOptions {
  isMac: boolean;
  /** A packaged app hides the developer tools from clerks. */
  isPackaged: boolean;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

/**
 * The Chinese application menu. Every item uses an Electron role (so accelerators and behaviour are the platform's
 * own) and carries an explicit label, because a role's default label is English.
 */
export function menuTemplate({ isMac, isPackaged }: MenuOptions): MenuItemConstructorOptions[] {
  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: '信访工作台',
          submenu: [
            { role: 'about', label: '关于信访工作台' },
            separator,
            { role: 'hide', label: '隐藏信访工作台' },
            { role: 'hideOthers', label: '隐藏其他' },
            { role: 'unhide', label: '全部显示' },
            separator,
            { role: 'quit', label: '退出信访工作台' },
          ],
        },
      ]
    : [];
  const developerItems: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [separator, { role: 'toggleDevTools', label: '开发者工具' }];

  return [
    ...appMenu,
    { label: '文件', submenu: [isMac ? { role: 'close', label: '关闭窗口' } : { role: 'quit', label: '退出' }] },
    {
      label: '编辑',
      submenu: [
        { role: 'undo', label: '撤销' },
        { role: 'redo', label: '重做' },
        separator,
        { role: 'cut', label: '剪切' },
        { role: 'copy', label: '复制' },
        { role: 'paste', label: '粘贴' },
        { role: 'selectAll', label: '全选' },
      ],
    },
    {
      label: '视图',
      submenu: [
        { role: 'reload', label: '重新加载' },
        separator,
        { role: 'resetZoom', label: '实际大小' },
        { role: 'zoomIn', label: '放大' },
        { role: 'zoomOut', label: '缩小' },
        separator,
        { role: 'togglefullscreen', label: '切换全屏' },
        ...developerItems,
      ],
    },
    {
      label: '窗口',
      submenu: isMac
        ? [
            { role: 'minimize', label: '最小化' },
            { role: 'zoom', label: '缩放' },
            separator,
            { role: 'front', label: '前置全部窗口' },
          ]
        : [
            { role: 'minimize', label: '最小化' },
            { role: 'close', label: '关闭' },
          ],
    },
    { label: '帮助', role: 'help', submenu: [{ role: 'about', label: '关于信访工作台' }] },
  ];
}
