/**
 * What may be uploaded as event material: the type is decided from the file's own first bytes and its
 * extension together, never from what the browser claims, and served back with that type as a download.
 */
export const MATERIAL_KINDS = ['MINUTES', 'SLIDES', 'DOCUMENT', 'RECORDING', 'OTHER'] as const

export const MAX_UPLOAD_BYTES = 8 * 1024 * 1024

const ZIP = [0x50, 0x4b, 0x03, 0x04]
const TYPES: Record<string, { mime: string; magic: number[] | 'text' }> = {
  pdf: { mime: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  png: { mime: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  jpg: { mime: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
  jpeg: { mime: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', magic: ZIP },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', magic: ZIP },
  pptx: { mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', magic: ZIP },
  odt: { mime: 'application/vnd.oasis.opendocument.text', magic: ZIP },
  ods: { mime: 'application/vnd.oasis.opendocument.spreadsheet', magic: ZIP },
  odp: { mime: 'application/vnd.oasis.opendocument.presentation', magic: ZIP },
  txt: { mime: 'text/plain; charset=utf-8', magic: 'text' },
  csv: { mime: 'text/csv; charset=utf-8', magic: 'text' },
}
export const UPLOAD_EXTENSIONS = Object.keys(TYPES)

export type UploadCheck = { ok: true; mime: string; fileName: string } | { ok: false; error: 'fileTooLarge' | 'fileType' | 'fileEmpty' }

/** A safe display name: no path, no control characters, at most 120 characters. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? 'file'
  return (
    base
      .replace(/[\u0000-\u001f\u007f"]/g, '')
      .trim()
      .slice(-120) || 'file'
  )
}

export function checkUpload(name: string, bytes: Uint8Array): UploadCheck {
  if (bytes.length === 0) return { ok: false, error: 'fileEmpty' }
  if (bytes.length > MAX_UPLOAD_BYTES) return { ok: false, error: 'fileTooLarge' }
  const fileName = safeFileName(name)
  const ext = fileName.includes('.') ? fileName.split('.').pop()!.toLowerCase() : ''
  const type = TYPES[ext]
  if (!type) return { ok: false, error: 'fileType' }
  if (type.magic === 'text') {
    // Plain text must be UTF-8 without NUL bytes (a binary renamed .txt is refused).
    if (bytes.includes(0)) return { ok: false, error: 'fileType' }
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    } catch {
      return { ok: false, error: 'fileType' }
    }
  } else if (!type.magic.every((b, i) => bytes[i] === b)) return { ok: false, error: 'fileType' }
  return { ok: true, mime: type.mime, fileName }
}
