import { describe, expect, it } from 'vitest';
import { decodeText, detectEncoding } from '../../../../renderer/src/documents/import/decodeText';
import { encodeGbk } from './gbk';

const TEXT = '序号,姓名,反映问题\r\n1,张三,拖欠工资\r\n';
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('the encoding of a .csv', () => {
  it('reads GBK, as Excel on a Chinese Windows saves 「CSV (逗号分隔)」', () => {
    const bytes = encodeGbk(TEXT);
    expect(bytes.slice(0, 4)).toEqual(new Uint8Array([0xd0, 0xf2, 0xba, 0xc5])); // 序号
    expect(decodeText(bytes)).toEqual({ text: TEXT, encoding: 'gbk' });
  });

  it('reads UTF-8 with or without its byte-order mark, the mark dropped', () => {
    expect(decodeText(utf8(TEXT))).toEqual({ text: TEXT, encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(TEXT)]))).toEqual({ text: TEXT, encoding: 'utf-8' });
  });

  it('reads UTF-16 by its mark, as Excel saves 「Unicode 文本」', () => {
    const units = Array.from(TEXT, (c) => c.charCodeAt(0));
    const le = new Uint8Array([0xff, 0xfe, ...units.flatMap((u) => [u & 0xff, u >> 8])]);
    expect(decodeText(le)).toEqual({ text: TEXT, encoding: 'utf-16le' });
  });

  it('takes plain ASCII as UTF-8, and one GBK character among ASCII as GBK', () => {
    expect(detectEncoding(utf8('a,b\r\n1,2\r\n'))).toBe('utf-8');
    expect(detectEncoding(encodeGbk('a,b\r\n1,张\r\n'))).toBe('gbk');
  });
});
