/**
 * Administrative units (đơn vị hành chính): the nation, provinces, districts (until 30/6/2025) and communes,
 * in two versions of the structure — "2025" (current, two levels, from 1/7/2025) and "2024" (three levels,
 * valid 1/3/2025–30/6/2025) — with the mapping of old units to new ones. Loaded at start-up from the CSV
 * files in {@code classpath:admin-units/} (see SOURCE.md there for provenance and licences).
 * <p>
 * Public surface: {@link vn.trienkhai.orgunit.OrgUnits} and the records and enums of this package. Other
 * modules decide scope with {@link vn.trienkhai.orgunit.OrgUnits#isWithin(long, long)}, and forms choose a
 * unit with the picker fragment {@code templates/orgunit/picker.html}. Everything else (loader, web) is
 * internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Administrative units", allowedDependencies = "platform")
package vn.trienkhai.orgunit;
