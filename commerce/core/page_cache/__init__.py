"""The anonymous page cache: whole storefront pages for shoppers without a session, basket or
sign-in, answered by `middleware.PageCacheMiddleware` before sessions, auth, the basket, Wagtail's
site lookup or the database are touched.

- Which requests and responses: `selectors` (`request_bypass_reason`, `response_storable`).
- Per-visitor parts (the CSP nonce, CSRF tokens) are stored as placeholders and filled in fresh
  on every hit: `tokens`.
- Entries live in the default cache under versions that `invalidation` bumps when what a page
  shows changes, and never outlive the next offer or announcement start/end: `store`.
"""
