import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { declaredCharset, decodeHtmlBytes } from './decode-html.js';

const RUSSIAN =
  'Правительство объявило в понедельник о новых мерах поддержки малого бизнеса. Министр экономики сообщил журналистам, что программа начнёт работать с первого июля и охватит около двадцати тысяч предприятий по всей стране.';
const JAPANESE =
  '政府は月曜日、中小企業を支援する新たな対策を発表した。経済大臣は記者団に対し、この制度は七月一日から始まり、全国でおよそ二万の企業が対象になると述べた。関係者によると、申請の受け付けは来月から始まる予定だという。';

const pageWith = (meta: string, text: string): string => `<!doctype html><html><head>${meta}<title>t</title></head><body><p>${text}</p><p>${text}</p></body></html>`;

describe('html decoding', () => {
  it('detects Windows-1251 bytes in a page that claims to be UTF-8', () => {
    const bytes = iconv.encode(pageWith('<meta charset="utf-8">', RUSSIAN), 'windows-1251');
    const result = decodeHtmlBytes(bytes);
    assert.equal(result.declared, 'utf-8');
    assert.equal(result.encoding, 'windows-1251');
    assert.ok(result.text.includes(RUSSIAN));
    assert.match(result.note ?? '', /declares utf-8 but the bytes do not decode as it; detected windows-1251/);
  });

  it('detects Shift_JIS bytes in a page whose http-equiv claims Windows-1251', () => {
    const meta = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">';
    const bytes = iconv.encode(pageWith(meta, JAPANESE), 'shift_jis');
    const result = decodeHtmlBytes(bytes);
    assert.equal(result.declared, 'windows-1251');
    assert.equal(result.encoding, 'cp932');
    assert.ok(result.text.includes(JAPANESE));
  });

  it('follows a truthful legacy declaration', () => {
    const bytes = iconv.encode(pageWith('<meta charset="windows-1251">', RUSSIAN), 'windows-1251');
    const result = decodeHtmlBytes(bytes);
    assert.equal(result.encoding, 'windows-1251');
    assert.equal(result.note, null);
    assert.ok(result.text.includes(RUSSIAN));
  });

  it('reads valid UTF-8 as UTF-8 even when the page declares Latin-1, and says so', () => {
    const bytes = Buffer.from(pageWith('<meta charset="iso-8859-1">', 'São Paulo, coração'), 'utf8');
    const result = decodeHtmlBytes(bytes);
    assert.equal(result.encoding, 'utf-8');
    assert.equal(result.declared, 'windows-1252');
    assert.ok(result.text.includes('São Paulo, coração'));
    assert.match(result.note ?? '', /valid UTF-8/);
  });

  it('uses a byte-order mark over any declaration and strips it', () => {
    const html = pageWith('<meta charset="windows-1252">', 'Grüße');
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(html, 'utf16le')]);
    const result = decodeHtmlBytes(bytes);
    assert.equal(result.encoding, 'utf-16le');
    assert.ok(result.text.startsWith('<!doctype html>'));
  });

  it('maps charset labels as browsers do and ignores unknown ones', () => {
    assert.equal(declaredCharset(Buffer.from('<meta charset="Shift_JIS">')), 'cp932');
    assert.equal(declaredCharset(Buffer.from('<meta charset=GB2312>')), 'gb18030');
    assert.equal(declaredCharset(Buffer.from('<?xml version="1.0" encoding="KOI8-R"?><html>')), 'koi8-r');
    assert.equal(declaredCharset(Buffer.from('<meta charset="x-made-up">')), null);
  });
});
