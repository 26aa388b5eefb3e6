// next/cache outside a Next server (benchmarks with NEXT_CACHE_OFF=1): nothing to invalidate.
const none = () => {}
module.exports = { revalidatePath: none, revalidateTag: none, updateTag: none, refresh: none, unstable_cache: (f) => f }
