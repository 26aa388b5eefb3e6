import 'server-only'
import sharp from 'sharp'

export const LOGO_MAX_BYTES = 2 * 1024 * 1024
const ACCEPTED = new Set(['png', 'jpeg', 'webp', 'gif'])

/**
 * An uploaded logo, checked by its content (whatever its name says: an HTML page named ".png" is refused) and
 * re-encoded by sharp as a WebP of at most 256×256 px — so what is served is always an image the server made, without
 * the upload's metadata. SVG is refused (it can carry scripts).
 */
export async function processLogo(
  bytes: Uint8Array,
): Promise<{ ok: true; webp: Buffer } | { ok: false; error: 'logoType' | 'logoTooLarge' }> {
  if (bytes.length > LOGO_MAX_BYTES) return { ok: false, error: 'logoTooLarge' }
  try {
    const image = sharp(bytes, { limitInputPixels: 40_000_000, animated: false })
    const meta = await image.metadata()
    if (!meta.format || !ACCEPTED.has(meta.format)) return { ok: false, error: 'logoType' }
    const webp = await image.rotate().resize(256, 256, { fit: 'inside', withoutEnlargement: true }).webp({ quality: 85 }).toBuffer()
    return { ok: true, webp }
  } catch {
    return { ok: false, error: 'logoType' }
  }
}
