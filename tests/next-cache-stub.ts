// Commands invalidate Next's cache with revalidatePath; outside a Next request that throws. In data tests the
// calls are recorded instead, so a test can also check what a write invalidates.
export const revalidated: string[] = []

export function revalidatePath(path: string, type?: 'page' | 'layout') {
  revalidated.push(type ? `${path} (${type})` : path)
}

export function revalidateTag(tag: string) {
  revalidated.push(`tag:${tag}`)
}
