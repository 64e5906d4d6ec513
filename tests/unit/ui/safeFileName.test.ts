import { describe, expect, it } from 'vitest';
import { saveFileArgs } from '../../../electron/contract';
import { safeFileName } from '../../../renderer/src/ui/fileName';

describe('the name an attachment is saved under', () => {
  it.each([
    ['证据\u202egpj.exe', '证据_gpj.exe'],
    ['工资条/五月.jpg', '工资条_五月.jpg'],
    ['说明\u200b.docx', '说明_.docx'],
    ['扫描件. ', '扫描件'],
    ['...', '附件'],
  ])('%j is saved as %j, a name the save dialog accepts', (visitorName, saved) => {
    expect(safeFileName(visitorName)).toBe(saved);
    expect(saveFileArgs.safeParse({ suggestedName: saved, bytes: new Uint8Array(1) }).success).toBe(true);
  });
});
