/**
 * The biotechnology database (cơ sở dữ liệu công nghệ sinh học): enterprises, products (OCOP, IP),
 * application models, S&amp;T projects and the annual S&amp;T task list, gene-fund accessions, shared lab
 * equipment and experts; one search across them, CSV/XLSX import and export, and counts and sums the
 * monitoring module reads as indicator sources.
 *
 * <p>Each registry lives in its own internal package; {@code registry.shared} holds what they have in
 * common (the search index, the access rule, the import contract). The public surface is the kinds, fields
 * and visibility here and the indicator sources ({@link vn.trienkhai.registry.RegistryIndicators}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Biotechnology database",
		allowedDependencies = { "platform", "orgunit", "agency", "audit" })
package vn.trienkhai.registry;
