import type { Role } from '@/lib/policies'

declare module 'next-auth' {
  interface Session {
    user?: { id: string; email: string; name: string; role: Role; locale: 'it' | 'en' }
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    sv?: number
  }
}
