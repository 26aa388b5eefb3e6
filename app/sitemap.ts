import type { MetadataRoute } from 'next'
import { sitemapEntries } from '@/server/seo/sitemap'

// Read from the database when asked (search engines ask rarely): never a stale or build-time list.
export const dynamic = 'force-dynamic'

export default function sitemap(): Promise<MetadataRoute.Sitemap> {
  return sitemapEntries()
}
