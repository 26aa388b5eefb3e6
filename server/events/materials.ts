import 'server-only'
import fs from 'node:fs/promises'
import path from 'node:path'
import { env } from '@/server/env'

/** Uploaded files live on disk under DATA_DIR/uploads/events/, named by the material's id only. */
export function materialPath(id: string): string {
  if (!/^[a-z0-9]{10,40}$/.test(id)) throw new Error('bad material id')
  return path.join(env().DATA_DIR, 'uploads', 'events', id)
}

export async function storeMaterialFile(id: string, bytes: Uint8Array) {
  const file = materialPath(id)
  await fs.mkdir(path.dirname(file), { recursive: true })
  // Written beside, then renamed: a reader never sees half a file.
  await fs.writeFile(`${file}.part`, bytes)
  await fs.rename(`${file}.part`, file)
}

export async function readMaterialFile(id: string): Promise<Buffer | null> {
  return fs.readFile(materialPath(id)).catch(() => null)
}

export async function removeMaterialFile(id: string) {
  await fs.rm(materialPath(id), { force: true })
}
