import { describe, expect, it } from 'vitest'
import { checkUpload, MAX_UPLOAD_BYTES, safeFileName } from './uploads'

const bytes = (...b: number[]) => new Uint8Array(b)
const pdf = new TextEncoder().encode('%PDF-1.7\n...')

describe('uploads', () => {
  it('accepts a PDF, an OpenDocument/Office file (zip) and UTF-8 text by content and extension', () => {
    expect(checkUpload('verbale.pdf', pdf)).toEqual({ ok: true, mime: 'application/pdf', fileName: 'verbale.pdf' })
    expect(checkUpload('slide.ODP', bytes(0x50, 0x4b, 0x03, 0x04, 1, 2))).toMatchObject({
      ok: true,
      mime: 'application/vnd.oasis.opendocument.presentation',
    })
    expect(checkUpload('presenze.csv', new TextEncoder().encode('nome;ente\nAnna;Comune'))).toMatchObject({
      ok: true,
      mime: 'text/csv; charset=utf-8',
    })
  })

  it('refuses what the extension does not match, unknown types, binaries posing as text, empty and oversize files', () => {
    expect(checkUpload('verbale.pdf', new TextEncoder().encode('<script>alert(1)</script>'))).toEqual({ ok: false, error: 'fileType' })
    expect(checkUpload('pagina.html', new TextEncoder().encode('<html>'))).toEqual({ ok: false, error: 'fileType' })
    expect(checkUpload('disegno.svg', new TextEncoder().encode('<svg onload="alert(1)"/>'))).toEqual({ ok: false, error: 'fileType' })
    expect(checkUpload('note.txt', bytes(0x41, 0, 0x42))).toEqual({ ok: false, error: 'fileType' })
    expect(checkUpload('note.txt', bytes(0xff, 0xfe, 0x41))).toEqual({ ok: false, error: 'fileType' })
    expect(checkUpload('vuoto.pdf', bytes())).toEqual({ ok: false, error: 'fileEmpty' })
    const big = new Uint8Array(MAX_UPLOAD_BYTES + 1)
    big.set(pdf)
    expect(checkUpload('grande.pdf', big)).toEqual({ ok: false, error: 'fileTooLarge' })
  })

  it('keeps only a safe base name', () => {
    expect(safeFileName('C:\\Users\\x\\..\\verbale "finale".pdf')).toBe('verbale finale.pdf')
    expect(safeFileName('../../etc/passwd')).toBe('passwd')
  })
})
