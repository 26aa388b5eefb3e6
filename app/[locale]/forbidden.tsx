import { Forbidden } from '@/components/forbidden'

/** What forbidden() renders, answered with HTTP 403. */
export default Forbidden
