/**
 * Bad input: formulas, huge text, a million rows, merged cells, encrypted, corrupt and bomb
 * files, CSV in the wrong encoding. Each is a clear issue naming where, never a throw, and is
 * refused before the work grows with it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { localizeIssue } from '@sisc/model';
import { readChecklistCsv, readChecklistWorkbook, renderChecklistWorkbook } from '@sisc/spreadsheet';
import { activeIds, CHECKLIST, filled, put, release, rezip, rowOf, setCell, text, unzip } from './_fixtures.js';

const workbook = () => renderChecklistWorkbook(release, { level: 1, lang: 'ja', assessment: filled() });
const edited = (edit: (xml: string) => string) => {
  const parts = unzip(workbook());
  put(parts, CHECKLIST, edit(text(parts, CHECKLIST)));
  return rezip(parts);
};
const STATUS = 'H';
const firstRow = () => rowOf(text(unzip(workbook()), CHECKLIST), activeIds(1)[0]!);

function refused(r: ReturnType<typeof readChecklistWorkbook>, code: string, where?: string | RegExp) {
  expect(r.success).toBe(false);
  const hit = r.issues.find((i) => i.code === code && (where === undefined || (typeof where === 'string' ? i.path === where : where.test(i.path))));
  expect(hit, JSON.stringify(r.issues, null, 1)).toBeDefined();
  expect(localizeIssue(hit!, 'ja')).not.toBe(hit!.message);
  return hit!;
}

describe('hostile workbooks', () => {
  it('refuses a formula in an answer cell, and never calculates it', () => {
    const r = readChecklistWorkbook(edited((x) => setCell(x, `${STATUS}${firstRow()}`, '適合', 'formula')), { release });
    const hit = refused(r, 'invalid-value', `チェックリスト!${STATUS}${firstRow()}`);
    expect(hit.message).toMatch(/formula/);
  });

  it('refuses a cell of a million characters, naming the cell', () => {
    const big = 'あ'.repeat(1_000_000);
    const started = performance.now();
    const r = readChecklistWorkbook(edited((x) => setCell(x, `I${firstRow()}`, big)), { release });
    refused(r, 'too-big', `チェックリスト!I${firstRow()}`);
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('refuses a sheet of a million rows within the byte budget', () => {
    const rows = Array.from({ length: 1_000_000 }, (_, i) => `<row r="${i + 2}"/>`).join('');
    const r = readChecklistWorkbook(edited((x) => x.replace('</sheetData>', `${rows}</sheetData>`)), { release });
    refused(r, 'too-big', /^チェックリスト!A100001$/);
  });

  it('refuses merged answer cells', () => {
    const row = firstRow();
    const r = readChecklistWorkbook(edited((x) => x.replace('<autoFilter', `<mergeCells count="1"><mergeCell ref="H${row}:H${row + 2}"/></mergeCells><autoFilter`)), { release });
    // (mergeCells belongs after autoFilter in the schema; the reader does not care about order.)
    refused(r, 'invalid-value', `チェックリスト!H${row}:H${row + 2}`);
  });

  it('refuses a password-protected (encrypted) workbook', () => {
    const cfb = new Uint8Array(4096);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const hit = refused(readChecklistWorkbook(cfb), 'invalid-syntax', 'workbook');
    expect(hit.message).toMatch(/password/);
    expect(localizeIssue(hit, 'ja')).toMatch(/パスワード/);
  });

  it('refuses what is not a zip, a cut-short zip, and a zip that is not a workbook', () => {
    refused(readChecklistWorkbook(new TextEncoder().encode('%PDF-1.7 not a workbook')), 'invalid-syntax', 'workbook');
    const bytes = workbook();
    refused(readChecklistWorkbook(bytes.slice(0, bytes.length - 30)), 'invalid-syntax', 'workbook');
    refused(readChecklistWorkbook(bytes.slice(0, bytes.length / 2)), 'invalid-syntax', 'workbook');
    refused(readChecklistWorkbook(zipSync({ 'hello.txt': new TextEncoder().encode('hi') })), 'missing-field', 'workbook');
    // A damaged part: its bytes changed, so the checksum does not match.
    const damaged = bytes.slice();
    const at = Buffer.from(damaged).indexOf('xl/worksheets/sheet2.xml') + 'xl/worksheets/sheet2.xml'.length + 200;
    damaged[at] = damaged[at]! ^ 0xff;
    expect(readChecklistWorkbook(damaged, { release }).success).toBe(false);
  });

  it('stops a zip bomb at the byte limit, also when the archive lies about the size', () => {
    const parts = unzip(workbook());
    parts[CHECKLIST] = new Uint8Array(64 * 1024 * 1024); // 64 MiB of zeros: about 64 KiB compressed
    const bomb = rezip(parts);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const started = performance.now();
    refused(readChecklistWorkbook(bomb, { release, maxBytes: 4 * 1024 * 1024 }), 'too-big', 'workbook');
    // The same archive claiming its parts are small: the inflater counts what it really produces.
    const liar = bomb.slice();
    const view = new DataView(liar.buffer);
    for (let p = 0; p < liar.length - 4; p++) {
      if (view.getUint32(p, true) === 0x02014b50) view.setUint32(p + 24, 100, true);
    }
    refused(readChecklistWorkbook(liar, { release, maxBytes: 4 * 1024 * 1024 }), 'too-big', 'workbook');
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('refuses a file over the byte budget before opening it', () => {
    refused(readChecklistWorkbook(new Uint8Array(2048), { maxBytes: 1024 }), 'too-big', 'workbook');
  });

  it('never throws on damaged bytes (property)', () => {
    const bytes = workbook();
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(bytes.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), fc.nat(bytes.length), (flips, cut) => {
        const b = bytes.slice(0, Math.max(cut, 1));
        for (const [at, v] of flips) if (at < b.length) b[at] = v;
        const r = readChecklistWorkbook(b, { release });
        expect(Array.isArray(r.issues)).toBe(true);
        if (!r.success) expect(r.issues.some((i) => i.severity === 'error')).toBe(true);
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (b) => {
        expect(readChecklistWorkbook(b).success).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('does not expand XML entities it was not given (no entity expansion attack)', () => {
    const r = readChecklistWorkbook(
      edited((x) => x.replace('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>', '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>').replace(/(<c r="I\d+" s="3")\/>/, '$1 t="inlineStr"><is><t>&b;</t></is></c>')),
      { release },
    );
    expect(r.success).toBe(true);
    const withB = r.success ? Object.values(r.assessment.answers).find((a) => a.justification === '&b;') : undefined;
    expect(withB).toBeDefined();
  });
});

describe('hostile CSV', () => {
  const base = (() => {
    const { answers: _a, ...rest } = filled();
    return rest;
  })();
  const id = activeIds(1)[0]!;

  it('reads Shift_JIS with a warning, where the runtime decodes it', () => {
    // "ID,回答（適合／非適合／該当なし）\r\nGOV-01.01,適合\r\n" in Shift_JIS, written out byte by byte.
    const head = [0x49, 0x44, 0x2c, 0x89, 0xf1, 0x93, 0x9a, 0x81, 0x69, 0x93, 0x4b, 0x8d, 0x87, 0x81, 0x5e, 0x94, 0xf1, 0x93, 0x4b, 0x8d, 0x87, 0x81, 0x5e, 0x8a, 0x59, 0x93, 0x96, 0x82, 0xc8, 0x82, 0xb5, 0x81, 0x6a, 0x0d, 0x0a];
    const row = [...new TextEncoder().encode(`${id},`), 0x93, 0x4b, 0x8d, 0x87, 0x0d, 0x0a];
    const bytes = new Uint8Array([...head, ...row]);
    expect(new TextDecoder('shift_jis').decode(bytes)).toContain('回答（適合／非適合／該当なし）');
    const r = readChecklistCsv(bytes, { release, base });
    expect(r.success ? r.assessment.answers[id]?.status : r.issues).toBe('met');
    expect(r.issues.some((i) => i.code === 'invalid-syntax' && i.severity === 'warning' && /Shift_JIS/.test(i.message))).toBe(true);
  });

  it('reads UTF-16 with a byte order mark, and refuses text that was decoded wrongly', () => {
    const csv = `ID,Answer (met / not met / N/A)\r\n${id},met\r\n`;
    const le = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(csv, 'utf16le'))]);
    const r = readChecklistCsv(le, { release, base });
    expect(r.success && r.assessment.answers[id]?.status).toBe('met');
    const mangled = readChecklistCsv(new TextDecoder('utf-8').decode(le), { release, base });
    expect(mangled.success).toBe(false);
    expect(mangled.issues[0]!.code).toBe('invalid-syntax');
    const notText = readChecklistCsv(new Uint8Array([0x49, 0x44, 0xff, 0xff, 0xfe, 0x80, 0x81]), { release, base });
    expect(notText.success).toBe(false);
  });

  it('refuses an unclosed quote, a field of a million characters, and a million rows', () => {
    expect(readChecklistCsv(`ID,Answer (met / not met / N/A)\r\n"${id},met\r\n`, { release, base }).issues[0]!.message).toMatch(/not closed/);
    const big = readChecklistCsv(`ID,Answer (met / not met / N/A),Justification (for N/A)\r\n${id},met,"${'x'.repeat(1_000_000)}"\r\n`, { release, base });
    expect(big.success).toBe(false);
    expect(big.issues[0]!.code).toBe('too-big');
    const many = readChecklistCsv(`ID,Answer (met / not met / N/A)\n${'\n'.repeat(1_000_000)}`, { release, base });
    expect(many.success).toBe(false);
    expect(many.issues[0]!.code).toBe('too-big');
  });

  it('never throws on any text (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300, unit: fc.constantFrom(...'ID,"\r\n\t met適合GOV-01.01 x\'=+'.split('')) }), (s) => {
        const r = readChecklistCsv(`ID,Answer (met / not met / N/A)\r\n${s}`, { release, base });
        expect(Array.isArray(r.issues)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('opening the workbook in LibreOffice', () => {
  const soffice = ['soffice', 'libreoffice'].find((bin) => spawnSync('sh', ['-c', `command -v ${bin}`]).status === 0);
  it('converts to CSV without complaint, with every requirement and answer in it', () => {
    if (!soffice) {
      process.stderr.write('spreadsheet: LibreOffice (soffice) is not installed; skipping the LibreOffice opening check\n');
      return;
    }
    const dir = mkdtempSync(join(tmpdir(), 'sisc-xlsx-'));
    writeFileSync(join(dir, 'c.xlsx'), workbook());
    execFileSync(soffice, ['--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,2', '--outdir', dir, join(dir, 'c.xlsx')], { timeout: 120_000 });
    const csv = readFileSync(join(dir, 'c-チェックリスト.csv'), 'utf8');
    for (const q of activeIds(1)) expect(csv).toContain(q);
    expect(csv).toContain('適合');
  });
});

