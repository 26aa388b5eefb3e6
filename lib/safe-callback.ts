/** Only same-site relative paths are followed after sign-in (no open redirects). */
export function safeCallbackUrl(value: unknown, fallback: string): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\') || value.startsWith('/api/'))
    return fallback
  return value
}
