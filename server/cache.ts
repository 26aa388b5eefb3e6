import 'server-only'
import { revalidatePath } from 'next/cache'

// The cached public pages (issue 15) that show the network as a whole — the home, the network page, the region and
// district pages — draw on everything: meetings, practices, discussions, members. A write in any of those areas
// expires them all, together with the area's own pages. (Pages that read the session or the query string are
// rendered per request and are not cached; see server/cache-handler.cjs for how this reaches every instance.)
export function revalidatePublicPages() {
  revalidatePath('/[locale]', 'layout')
}

/** `next build` runs without the app's database: pages prerendered then are an empty frame, replaced at the first request. */
export const isBuildPhase = () => process.env.NEXT_PHASE === 'phase-production-build'
