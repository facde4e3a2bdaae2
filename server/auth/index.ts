/** Staff and visitor identity: password hashing, signed tokens, the secret, login throttling. */
export { hashPassword, verifyPassword } from './password'
export { loadSecret, SECRET_FILE } from './secret'
export {
  signStaffToken,
  verifyStaffToken,
  signVisitorToken,
  verifyVisitorToken,
  STAFF_TOKEN_TTL_MS,
  VISITOR_TOKEN_TTL_MS,
  type StaffClaims,
} from './tokens'
export { LoginThrottle, type ThrottleOptions, type ThrottleVerdict } from './throttle'
export { createIdentityService, type IdentityDeps } from './identity'
