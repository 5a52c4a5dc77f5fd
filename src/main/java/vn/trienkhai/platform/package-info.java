/**
 * Platform: what every feature module stands on — the database (embedded PostgreSQL when nothing is
 * configured), settings, Vietnamese text folding, the web shell (layout, locale, error pages and
 * problem+json). Its public surface is the types in this package; everything in subpackages is internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package vn.trienkhai.platform;
